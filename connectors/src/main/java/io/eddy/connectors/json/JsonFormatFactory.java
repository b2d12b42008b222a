package io.eddy.connectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.format.TemporalText;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.json.JsonFormatOptions.TimestampFormat;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.RowSchema;

/** {@code 'format' = 'json'}: one JSON object per record, with Flink's options and type mapping. */
public final class JsonFormatFactory implements FormatFactory {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public String identifier() {
        return "json";
    }

    @Override
    public RecordDecoder createDecoder(ProjectedSchema schema, OptionValues options) {
        boolean failOnMissing = options.get(JsonFormatOptions.FAIL_ON_MISSING_FIELD);
        boolean ignoreErrors = options.get(JsonFormatOptions.IGNORE_PARSE_ERRORS);
        if (failOnMissing && ignoreErrors) {
            throw new ConnectorException("Options 'json.fail-on-missing-field' and 'json.ignore-parse-errors'"
                    + " cannot both be true");
        }
        return new JsonRowDecoder(schema.producedSchema(), textValues(options),
                new JsonReadOptions(failOnMissing, ignoreErrors), JSON);
    }

    @Override
    public RecordEncoder createEncoder(RowSchema schema, OptionValues options) {
        JsonWriteOptions writeOptions = new JsonWriteOptions(options.get(JsonFormatOptions.MAP_NULL_KEY_MODE),
                options.get(JsonFormatOptions.MAP_NULL_KEY_LITERAL),
                options.get(JsonFormatOptions.ENCODE_DECIMAL_AS_PLAIN_NUMBER),
                options.get(JsonFormatOptions.ENCODE_IGNORE_NULL_FIELDS));
        return new JsonRowEncoder(schema, textValues(options), writeOptions, JSON);
    }

    private static TextValues textValues(OptionValues options) {
        boolean iso = options.get(JsonFormatOptions.TIMESTAMP_FORMAT_STANDARD) == TimestampFormat.ISO_8601;
        return new TextValues(new TemporalText(iso));
    }
}
