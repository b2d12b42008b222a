package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link JsonValueReader} of each runtime type, following Flink's JSON mapping: numbers
 * and booleans also from strings, STRING from any value (objects and arrays as their JSON text),
 * BYTES from Base64, temporal types from text, ARRAY from arrays, MAP and ROW from objects.
 */
final class JsonValueReaders {

    private final TextValues text;
    private final JsonReadOptions options;
    private final JsonFactory factory;

    JsonValueReaders(TextValues text, JsonReadOptions options, JsonFactory factory) {
        this.text = text;
        this.options = options;
        this.factory = factory;
    }

    JsonValueReader create(FieldType type) {
        return switch (type.kind()) {
            case BOOLEAN -> new BooleanReader(type);
            case TINYINT, SMALLINT, INT, BIGINT -> new IntegerReader(type);
            case FLOAT, DOUBLE -> new FloatingReader(type);
            case DECIMAL -> new DecimalReader(type);
            case STRING -> new StringReader();
            case BYTES, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ -> new TextScalarReader(type);
            case ARRAY -> new ArrayReader(create(type.children().get(0)));
            case MAP -> new MapReader(type.children().get(0), create(type.children().get(1)));
            case ROW -> new JsonObjectReader(type.rowSchema(), this, options);
        };
    }

    private static FormatException mismatch(JsonParser parser, FieldType type) throws IOException {
        return new FormatException("cannot read " + describe(parser) + " as " + type);
    }

    private final class BooleanReader extends JsonValueReader {
        private final FieldType type;

        BooleanReader(FieldType type) {
            this.type = type;
        }

        private boolean read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            if (!token.isScalarValue()) {
                throw mismatch(parser, type);
            }
            return Boolean.parseBoolean(parser.getText().trim());
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            return read(parser);
        }

        @Override
        void readInto(JsonParser parser, Row row, int index) throws IOException {
            row.setBoolean(index, read(parser));
        }
    }

    private final class IntegerReader extends JsonValueReader {
        private final FieldType type;
        private final long min;
        private final long max;

        IntegerReader(FieldType type) {
            this.type = type;
            switch (type.kind()) {
                case TINYINT -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
                case SMALLINT -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
                case INT -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
                default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
            }
        }

        private long read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            long value;
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                value = parser.getLongValue();
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = (long) parser.getDoubleValue();
            } else if (token == JsonToken.VALUE_STRING) {
                value = ((Number) text.parseBoxed(parser.getText(), FieldType.BIGINT)).longValue();
            } else {
                throw mismatch(parser, type);
            }
            if (value < min || value > max) {
                throw new FormatException("value " + value + " is out of range for " + type);
            }
            return value;
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            long value = read(parser);
            return switch (type.kind()) {
                case TINYINT -> (byte) value;
                case SMALLINT -> (short) value;
                case INT -> (int) value;
                default -> value;
            };
        }

        @Override
        void readInto(JsonParser parser, Row row, int index) throws IOException {
            row.setLong(index, read(parser));
        }
    }

    private final class FloatingReader extends JsonValueReader {
        private final FieldType type;

        FloatingReader(FieldType type) {
            this.type = type;
        }

        private double read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDoubleValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                return (Double) text.parseBoxed(parser.getText(), FieldType.DOUBLE);
            }
            throw mismatch(parser, type);
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            double value = read(parser);
            return type.kind() == FieldKind.FLOAT ? (Object) (float) value : (Object) value;
        }

        @Override
        void readInto(JsonParser parser, Row row, int index) throws IOException {
            if (type.kind() == FieldKind.FLOAT) {
                row.setFloat(index, (float) read(parser));
            } else {
                row.setDouble(index, read(parser));
            }
        }
    }

    private final class DecimalReader extends JsonValueReader {
        private final FieldType type;

        DecimalReader(FieldType type) {
            this.type = type;
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal value = parser.getDecimalValue();
                return TextValues.toDecimal(value, type);
            }
            if (token == JsonToken.VALUE_STRING) {
                return text.parseBoxed(parser.getText(), type);
            }
            throw mismatch(parser, type);
        }
    }

    private final class StringReader extends JsonValueReader {
        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token.isScalarValue()) {
                return parser.getText();
            }
            StringWriter json = new StringWriter();
            try (JsonGenerator generator = factory.createGenerator(json)) {
                generator.copyCurrentStructure(parser);
            }
            return json.toString();
        }
    }

    private final class TextScalarReader extends JsonValueReader {
        private final FieldType type;

        TextScalarReader(FieldType type) {
            this.type = type;
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw mismatch(parser, type);
            }
            return text.parseBoxed(parser.getText(), type);
        }

        @Override
        void readInto(JsonParser parser, Row row, int index) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw mismatch(parser, type);
            }
            text.parseInto(parser.getText(), type, row, index);
        }
    }

    private static final class ArrayReader extends JsonValueReader {
        private final JsonValueReader element;

        ArrayReader(JsonValueReader element) {
            this.element = element;
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new FormatException("cannot read " + describe(parser) + " as an ARRAY, expected a JSON array");
            }
            List<Object> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                values.add(token == JsonToken.VALUE_NULL ? null : element.readBoxed(parser));
            }
            return Collections.unmodifiableList(values);
        }
    }

    private final class MapReader extends JsonValueReader {
        private final FieldType keyType;
        private final JsonValueReader value;

        MapReader(FieldType keyType, JsonValueReader value) {
            this.keyType = keyType;
            this.value = value;
            if (!TextValues.isScalar(keyType.kind())) {
                throw new ConnectorException("The json format needs map keys of a scalar type, got " + keyType);
            }
        }

        @Override
        Object readBoxed(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("cannot read " + describe(parser) + " as a MAP, expected a JSON object");
            }
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                entries.put(text.parseBoxed(name, keyType), token == JsonToken.VALUE_NULL ? null : value.readBoxed(parser));
            }
            return Collections.unmodifiableMap(entries);
        }
    }

    static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return token.isScalarValue() ? "'" + parser.getText() + "'" : token == JsonToken.START_ARRAY ? "an array" : "an object";
    }
}
