package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.json.JsonFormatOptions.MapNullKeyMode;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Encodes a row as one JSON object with Flink's mapping: numbers and booleans as JSON scalars,
 * temporal values as text in the configured standard, bytes in Base64, arrays, maps (NULL keys per
 * {@code json.map-null-key.mode}) and nested rows as objects.
 */
public final class JsonRowEncoder implements RecordEncoder {

    private final RowSchema schema;
    private final JsonFactory factory;
    private final TextValues text;
    private final JsonWriteOptions options;
    private final ByteArrayBuilder buffer = new ByteArrayBuilder(256);
    private JsonGenerator generator;

    JsonRowEncoder(RowSchema schema, TextValues text, JsonWriteOptions options, JsonFactory factory) {
        this.schema = schema;
        this.factory = factory;
        this.text = text;
        this.options = options;
    }

    @Override
    public byte[] encode(Row row) {
        buffer.reset();
        try {
            JsonGenerator generator = generator();
            writeRow(generator, row, schema);
            generator.flush();
        } catch (IOException e) {
            generator = null;
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A row that fails half-written leaves the generator inside an object: start the next on a new one.
            generator = null;
            throw e;
        }
        return buffer.toByteArray();
    }

    /**
     * The generator every row is written with, into {@link #buffer}: one per encoder, not one per row, with no
     * separator between root values, so each row's bytes are exactly its object.
     */
    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = factory.createGenerator(buffer);
            generator.setRootValueSeparator(null);
            if (options.decimalAsPlainNumber()) {
                generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            }
        }
        return generator;
    }

    private void writeRow(JsonGenerator generator, Row row, RowSchema rowSchema) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < rowSchema.arity(); i++) {
            if (row.isNullAt(i)) {
                if (!options.ignoreNullFields()) {
                    generator.writeNullField(rowSchema.name(i));
                }
                continue;
            }
            generator.writeFieldName(rowSchema.name(i));
            writeField(generator, row, i, rowSchema.type(i));
        }
        generator.writeEndObject();
    }

    private void writeField(JsonGenerator generator, Row row, int i, FieldType type) throws IOException {
        switch (type.kind()) {
            case BOOLEAN -> generator.writeBoolean(row.getBoolean(i));
            case TINYINT, SMALLINT, INT, BIGINT -> generator.writeNumber(row.getLong(i));
            case FLOAT -> generator.writeNumber(row.getFloat(i));
            case DOUBLE -> generator.writeNumber(row.getDouble(i));
            case DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ -> generator.writeString(text.format(row, i, type));
            default -> writeValue(generator, row.getObject(i), type);
        }
    }

    private void writeValue(JsonGenerator generator, Object value, FieldType type) throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        switch (type.kind()) {
            case BOOLEAN -> generator.writeBoolean((Boolean) value);
            case TINYINT, SMALLINT, INT, BIGINT -> generator.writeNumber(((Number) value).longValue());
            case FLOAT -> generator.writeNumber((Float) value);
            case DOUBLE -> generator.writeNumber((Double) value);
            case DECIMAL -> generator.writeNumber((BigDecimal) value);
            case STRING -> generator.writeString((String) value);
            case BYTES -> generator.writeBinary((byte[]) value);
            case DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ -> generator.writeString(text.formatBoxed(value, type));
            case ROW -> writeRow(generator, (Row) value, type.rowSchema());
            case ARRAY -> {
                generator.writeStartArray();
                for (Object element : (List<?>) value) {
                    writeValue(generator, element, type.children().get(0));
                }
                generator.writeEndArray();
            }
            case MAP -> writeMap(generator, (Map<?, ?>) value, type);
        }
    }

    private void writeMap(JsonGenerator generator, Map<?, ?> map, FieldType type) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object key = entry.getKey();
            if (key == null) {
                if (options.mapNullKeyMode() == MapNullKeyMode.DROP) {
                    continue;
                }
                if (options.mapNullKeyMode() == MapNullKeyMode.FAIL) {
                    throw new FormatException("JSON cannot encode a map with a NULL key; set 'json.map-null-key.mode'"
                            + " to 'DROP' or 'LITERAL' to drop such entries or write them with a literal key");
                }
                generator.writeFieldName(options.mapNullKeyLiteral());
            } else {
                generator.writeFieldName(text.formatBoxed(key, type.children().get(0)));
            }
            writeValue(generator, entry.getValue(), type.children().get(1));
        }
        generator.writeEndObject();
    }
}
