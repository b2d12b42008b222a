package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.ParseErrorPolicy;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.TextValues;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.io.IOException;

/**
 * Decodes one JSON object per record into a row. Flat records of plain values go through
 * {@link FlatObjectScanner} straight from their bytes; the others (and every malformed record, so
 * that errors are reported alike) through Jackson's streaming parser: tokens go straight into the
 * row's slots, no tree is built and fields the row does not hold are skipped.
 */
public final class JsonRowDecoder implements RecordDecoder {

    private final JsonFactory factory;
    private final JsonObjectReader rowReader;
    private final ParseErrorPolicy errors;
    private final FlatObjectScanner scanner;

    JsonRowDecoder(RowSchema schema, TextValues text, JsonReadOptions options, JsonFactory factory) {
        this(schema, text, options, factory, true);
    }

    /** A decoder that reads every record with Jackson unless {@code scan} (tests compare the two paths). */
    JsonRowDecoder(RowSchema schema, TextValues text, JsonReadOptions options, JsonFactory factory, boolean scan) {
        this.factory = factory;
        this.rowReader = new JsonObjectReader(schema, new JsonValueReaders(text, options, factory), options);
        this.errors = new ParseErrorPolicy(options.ignoreParseErrors());
        this.scanner = scan ? FlatObjectScanner.forSchema(schema, options, text.temporal()) : null;
    }

    @Override
    public boolean decode(byte[] bytes, int offset, int length, Row row) {
        if (scanner != null && scanner.decode(bytes, offset, length, row)) {
            return true;
        }
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            if (parser.nextToken() == null) {
                throw new FormatException("empty record, expected a JSON object");
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected a JSON object, found " + JsonValueReaders.describe(parser));
            }
            rowReader.readObject(parser, row);
            return true;
        } catch (FormatException e) {
            return errors.onMalformedRecord(e);
        } catch (JsonProcessingException e) {
            return errors.onMalformedRecord(new FormatException("malformed JSON at column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage().replace('\n', ' ')));
        } catch (IOException e) {
            return errors.onMalformedRecord(new FormatException("unreadable JSON: " + e.getMessage()));
        }
    }

    @Override
    public long skippedRecords() {
        return errors.skippedRecords();
    }
}
