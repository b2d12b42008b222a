package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.eddy.connectors.format.FormatException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a JSON object into a row by field name, straight from parser tokens: fields the schema does
 * not list are skipped without being decoded, absent fields are NULL (or fail with
 * {@code json.fail-on-missing-field}), and a bad value fails the record naming its field path (or
 * reads as NULL with {@code json.ignore-parse-errors}).
 */
final class JsonObjectReader extends JsonValueReader {

    private final RowSchema schema;
    private final JsonValueReader[] readers;
    private final Map<String, Integer> indexByName;
    private final JsonReadOptions options;
    private final boolean[] seen;

    JsonObjectReader(RowSchema schema, JsonValueReaders factory, JsonReadOptions options) {
        this.schema = schema;
        this.options = options;
        this.readers = new JsonValueReader[schema.arity()];
        this.indexByName = new HashMap<>();
        for (int i = 0; i < schema.arity(); i++) {
            readers[i] = factory.create(schema.type(i));
            indexByName.put(schema.name(i), i);
        }
        this.seen = new boolean[schema.arity()];
    }

    @Override
    Object readBoxed(JsonParser parser) throws IOException {
        Row row = new Row(schema);
        readObject(parser, row);
        return row;
    }

    @Override
    void readInto(JsonParser parser, Row row, int index) throws IOException {
        row.setRow(index, (Row) readBoxed(parser));
    }

    /** Reads the object the parser is on (its START_OBJECT) into every field of {@code row}. */
    void readObject(JsonParser parser, Row row) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new FormatException("cannot read " + JsonValueReaders.describe(parser) + " as a ROW, expected a JSON object");
        }
        Arrays.fill(seen, false);
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Integer index = indexByName.get(name);
            JsonStreamContext enclosing = parser.getParsingContext();
            JsonToken token = parser.nextToken();
            if (index == null) {
                parser.skipChildren();
                continue;
            }
            int i = index;
            seen[i] = true;
            if (token == JsonToken.VALUE_NULL) {
                row.setNullAt(i);
                continue;
            }
            try {
                readers[i].readInto(parser, row, i);
            } catch (FormatException e) {
                if (!options.ignoreParseErrors()) {
                    throw FieldPathException.of(name, e);
                }
                while (parser.getParsingContext() != enclosing) {
                    parser.nextToken();
                }
                row.setNullAt(i);
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                if (options.failOnMissingField()) {
                    throw new FieldPathException(schema.name(i), "missing, and json.fail-on-missing-field is true");
                }
                row.setNullAt(i);
            }
        }
    }
}
