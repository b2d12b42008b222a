package io.eddy.connectors.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static final RowSchema NESTED = RowSchema.of("x", FieldType.INT, "y", FieldType.STRING);
    private static final RowSchema ALL_TYPES = RowSchema.of(
            "b", FieldType.BOOLEAN, "t", FieldType.TINYINT, "s", FieldType.SMALLINT, "i", FieldType.INT,
            "l", FieldType.BIGINT, "f", FieldType.FLOAT, "d", FieldType.DOUBLE, "dec", FieldType.decimal(10, 2),
            "str", FieldType.STRING, "bin", FieldType.BYTES, "day", FieldType.DATE, "tod", FieldType.TIME,
            "ts", FieldType.timestamp(3), "ltz", FieldType.timestampLtz(3), "arr", FieldType.array(FieldType.BIGINT),
            "r", FieldType.row(NESTED));

    private static RecordDecoder decoder(RowSchema schema, Map<String, String> options) {
        return FormatFactories.defaults().get("csv").createDecoder(ProjectedSchema.all(schema), new OptionValues(options));
    }

    private static RecordEncoder encoder(RowSchema schema, Map<String, String> options) {
        return FormatFactories.defaults().get("csv").createEncoder(schema, new OptionValues(options));
    }

    private static String decode(RecordDecoder decoder, RowSchema schema, String line) {
        Row row = new Row(schema);
        assertThat(decoder.decode(line.getBytes(UTF_8), row)).isTrue();
        return row.toString();
    }

    @Test
    void decodesAndEncodesEveryType() {
        String line = "true,1,2,3,4,1.5,2.25,12.35,\"a,b\",AQID,2020-12-30,12:13:14.123,2020-12-30 12:13:14.123,"
                + "2020-12-30 12:13:14.5Z,1;;3,9;z";
        Row row = new Row(ALL_TYPES);
        assertThat(decoder(ALL_TYPES, Map.of()).decode(line.getBytes(UTF_8), row)).isTrue();

        assertThat(row.toString()).isEqualTo("+I[true, 1, 2, 3, 4, 1.5, 2.25, 12.35, a,b, [1, 2, 3], 2020-12-30, 12:13:14.123,"
                + " 2020-12-30T12:13:14.123, 2020-12-30T12:13:14.500Z, [1, null, 3], +I[9, z]]");
        assertThat(new String(encoder(ALL_TYPES, Map.of()).encode(row), UTF_8)).isEqualTo(line);
    }

    @Test
    void emptyFieldsAreNullExceptForStringsAndMissingTrailingFieldsAreNull() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "s", FieldType.STRING, "q", FieldType.STRING, "z", FieldType.INT);
        assertThat(decode(decoder(schema, Map.of()), schema, ",,\"\"")).isEqualTo("+I[null, , , null]");
    }

    @Test
    void nullLiteralQuotesEscapesAndDelimiters() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "s", FieldType.STRING, "t", FieldType.STRING);
        Map<String, String> options = Map.of("csv.field-delimiter", "|", "csv.quote-character", "'",
                "csv.null-literal", "N/A", "csv.escape-character", "\\");
        RecordDecoder decoder = decoder(schema, options);

        assertThat(decode(decoder, schema, "N/A|'it''s|here'|a\\|b")).isEqualTo("+I[null, it's|here, a|b]");
        Row row = Row.withValues(io.eddy.runtime.data.RowKind.INSERT, schema, null, "it's|here", "x");
        assertThat(new String(encoder(schema, options).encode(row), UTF_8)).isEqualTo("N/A|'it''s|here'|x");
    }

    @Test
    void disabledQuotingEscapesInstead() {
        RowSchema schema = RowSchema.of("s", FieldType.STRING, "t", FieldType.STRING);
        Map<String, String> options = Map.of("csv.disable-quote-character", "true", "csv.escape-character", "\\");
        assertThat(decode(decoder(schema, options), schema, "\"a\\,b,c")).isEqualTo("+I[\"a,b, c]");
        Row row = Row.withValues(io.eddy.runtime.data.RowKind.INSERT, schema, "a,b", "\"");
        assertThat(new String(encoder(schema, options).encode(row), UTF_8)).isEqualTo("a\\,b,\"");

        assertThatThrownBy(() -> decoder(schema, Map.of("csv.disable-quote-character", "true", "csv.quote-character", "'")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Option 'csv.quote-character' cannot be set when 'csv.disable-quote-character' is true");
    }

    @Test
    void decodesOnlyProjectedColumnsByPosition() {
        RowSchema physical = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.INT, "c", FieldType.STRING);
        RecordDecoder decoder = FormatFactories.defaults().get("csv")
                .createDecoder(new ProjectedSchema(physical, List.of(2, 0)), new OptionValues(Map.of()));
        Row row = new Row(physical.project(2, 0));
        assertThat(decoder.decode("7,not-a-number,x".getBytes(UTF_8), row)).isTrue();
        assertThat(row.toString()).isEqualTo("+I[x, 7]");
    }

    @Test
    void commentsAreSkippedWithoutCounting() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT);
        RecordDecoder decoder = decoder(schema, Map.of("csv.allow-comments", "true"));
        assertThat(decoder.decode("# a comment".getBytes(UTF_8), new Row(schema))).isFalse();
        assertThat(decoder.skippedRecords()).isZero();
        assertThatThrownBy(() -> decode(decoder(schema, Map.of()), schema, "# a comment"))
                .hasMessage("field 'a': cannot read '# a comment' as BIGINT");
    }

    @Test
    void malformedRecordsFailWithTheReason() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING);
        RecordDecoder decoder = decoder(schema, Map.of());
        assertThatThrownBy(() -> decode(decoder, schema, "1,b,c")).isInstanceOf(FormatException.class)
                .hasMessage("expected 2 fields, found 3");
        assertThatThrownBy(() -> decode(decoder, schema, "1,\"b")).hasMessage("field 2 has no closing quote");
        assertThatThrownBy(() -> decode(decoder, schema, "1,\"b\"x")).hasMessage("unexpected character 'x' after the closing quote of field 2 at column 6");
        assertThatThrownBy(() -> decode(decoder, schema, "x,b")).hasMessage("field 'a': cannot read 'x' as BIGINT");
    }

    @Test
    void ignoreParseErrorsSkipsAndCountsRecordsAndNullsBadFields() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING);
        RecordDecoder decoder = decoder(schema, Map.of("csv.ignore-parse-errors", "true"));
        Row row = new Row(schema);
        assertThat(decoder.decode("1,b,c".getBytes(UTF_8), row)).isFalse();
        assertThat(decoder.decode("1,\"b".getBytes(UTF_8), row)).isFalse();
        assertThat(decoder.skippedRecords()).isEqualTo(2);
        assertThat(decoder.decode("x,b".getBytes(UTF_8), row)).isTrue();
        assertThat(row.toString()).isEqualTo("+I[null, b]");
    }

    @Test
    void decimalNotationAndUnsupportedTypes() {
        RowSchema schema = RowSchema.of("d", FieldType.decimal(20, 0));
        Row row = new Row(schema);
        row.setDecimal(0, new java.math.BigDecimal(java.math.BigInteger.ONE, -3));
        assertThat(new String(encoder(schema, Map.of()).encode(row), UTF_8)).isEqualTo("1E+3");
        assertThat(new String(encoder(schema, Map.of("csv.write-bigdecimal-in-scientific-notation", "false")).encode(row), UTF_8))
                .isEqualTo("1000");

        RowSchema withMap = RowSchema.of("m", FieldType.map(FieldType.STRING, FieldType.INT));
        assertThatThrownBy(() -> decoder(withMap, Map.of())).isInstanceOf(ConnectorException.class)
                .hasMessage("The csv format cannot hold column 'm' of type MAP<STRING, INT>: maps and nested collections are not supported");
    }
}
