package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonParser;
import io.eddy.runtime.data.Row;
import java.io.IOException;

/**
 * Reads one JSON value of one runtime type from a streaming parser positioned on the value's first
 * token (never {@code null}). {@link #readInto} writes a row slot without boxing; {@link #readBoxed}
 * gives the Java value that arrays and maps hold.
 */
abstract class JsonValueReader {

    /** The value as the boxed Java object rows use inside arrays and maps. */
    abstract Object readBoxed(JsonParser parser) throws IOException;

    /** The value into field {@code index} of {@code row}. */
    void readInto(JsonParser parser, Row row, int index) throws IOException {
        row.setObject(index, readBoxed(parser));
    }
}
