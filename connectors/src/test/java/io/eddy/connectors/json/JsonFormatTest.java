package io.eddy.connectors.json;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private static final RowSchema NESTED = RowSchema.of("x", FieldType.INT, "y", FieldType.STRING);
    private static final RowSchema ALL_TYPES = RowSchema.of(
            "b", FieldType.BOOLEAN, "t", FieldType.TINYINT, "s", FieldType.SMALLINT, "i", FieldType.INT,
            "l", FieldType.BIGINT, "f", FieldType.FLOAT, "d", FieldType.DOUBLE, "dec", FieldType.decimal(10, 2),
            "str", FieldType.STRING, "bin", FieldType.BYTES, "day", FieldType.DATE, "tod", FieldType.TIME,
            "ts", FieldType.timestamp(3), "ts9", FieldType.timestamp(9), "ltz", FieldType.timestampLtz(3),
            "arr", FieldType.array(FieldType.BIGINT), "m", FieldType.map(FieldType.STRING, FieldType.INT),
            "r", FieldType.row(NESTED));

    private static final String ALL_TYPES_JSON = "{\"b\":true,\"t\":1,\"s\":2,\"i\":3,\"l\":4,\"f\":1.5,\"d\":2.25,"
            + "\"dec\":12.345,\"str\":\"hi\",\"bin\":\"AQID\",\"day\":\"2020-12-30\",\"tod\":\"12:13:14.123\","
            + "\"ts\":\"2020-12-30 12:13:14.123\",\"ts9\":\"2020-12-30 12:13:14.123456789\","
            + "\"ltz\":\"2020-12-30 12:13:14.5Z\",\"arr\":[1,null,3],\"m\":{\"k\":7},\"r\":{\"x\":9,\"y\":\"z\"}}";

    private static RecordDecoder decoder(RowSchema schema, Map<String, String> options) {
        return FormatFactories.defaults().get("json").createDecoder(ProjectedSchema.all(schema), new OptionValues(options));
    }

    private static RecordEncoder encoder(RowSchema schema, Map<String, String> options) {
        return FormatFactories.defaults().get("json").createEncoder(schema, new OptionValues(options));
    }

    private static Row decode(RecordDecoder decoder, RowSchema schema, String json) {
        Row row = new Row(schema);
        assertThat(decoder.decode(json.getBytes(UTF_8), row)).isTrue();
        return row;
    }

    @Test
    @SuppressWarnings("unchecked")
    void decodesEveryType() {
        Row row = decode(decoder(ALL_TYPES, Map.of()), ALL_TYPES, ALL_TYPES_JSON);

        assertThat(row.getBoolean(0)).isTrue();
        assertThat(row.getField(1)).isEqualTo((byte) 1);
        assertThat(row.getField(2)).isEqualTo((short) 2);
        assertThat(row.getInt(3)).isEqualTo(3);
        assertThat(row.getLong(4)).isEqualTo(4L);
        assertThat(row.getFloat(5)).isEqualTo(1.5f);
        assertThat(row.getDouble(6)).isEqualTo(2.25);
        assertThat(row.getDecimal(7)).isEqualTo(new BigDecimal("12.35"));
        assertThat(row.getString(8)).isEqualTo("hi");
        assertThat(row.getBytes(9)).containsExactly(1, 2, 3);
        assertThat(row.getField(10)).isEqualTo(LocalDate.of(2020, 12, 30));
        assertThat(row.getField(11)).isEqualTo(LocalTime.of(12, 13, 14, 123_000_000));
        assertThat(row.getField(12)).isEqualTo(LocalDateTime.of(2020, 12, 30, 12, 13, 14, 123_000_000));
        assertThat(row.getField(13)).isEqualTo(LocalDateTime.of(2020, 12, 30, 12, 13, 14, 123_456_789));
        assertThat(row.getField(14)).isEqualTo(Instant.parse("2020-12-30T12:13:14.500Z"));
        assertThat((List<Object>) row.getArray(15)).containsExactly(1L, null, 3L);
        assertThat(row.getMap(16)).isEqualTo(Map.of("k", 7));
        assertThat(row.getRow(17)).isEqualTo(Row.withValues(io.eddy.runtime.data.RowKind.INSERT, NESTED, 9, "z"));
    }

    @Test
    void encodesEveryTypeAndReadsItBack() {
        Row row = decode(decoder(ALL_TYPES, Map.of()), ALL_TYPES, ALL_TYPES_JSON);
        byte[] json = encoder(ALL_TYPES, Map.of()).encode(row);

        assertThat(new String(json, UTF_8)).isEqualTo("{\"b\":true,\"t\":1,\"s\":2,\"i\":3,\"l\":4,\"f\":1.5,\"d\":2.25,"
                + "\"dec\":12.35,\"str\":\"hi\",\"bin\":\"AQID\",\"day\":\"2020-12-30\",\"tod\":\"12:13:14.123\","
                + "\"ts\":\"2020-12-30 12:13:14.123\",\"ts9\":\"2020-12-30 12:13:14.123456789\","
                + "\"ltz\":\"2020-12-30 12:13:14.5Z\",\"arr\":[1,null,3],\"m\":{\"k\":7},\"r\":{\"x\":9,\"y\":\"z\"}}");
        assertThat(decode(decoder(ALL_TYPES, Map.of()), ALL_TYPES, new String(json, UTF_8))).isEqualTo(row);
    }

    @Test
    void isoTimestampsBothWays() {
        RowSchema schema = RowSchema.of("ts", FieldType.timestamp(3), "ltz", FieldType.timestampLtz(3));
        Map<String, String> iso = Map.of("json.timestamp-format.standard", "ISO-8601");
        Row row = decode(decoder(schema, iso), schema, "{\"ts\":\"2020-12-30T12:13:14.123\",\"ltz\":\"2020-12-30T01:02:03Z\"}");

        assertThat(row.getField(0)).isEqualTo(LocalDateTime.of(2020, 12, 30, 12, 13, 14, 123_000_000));
        assertThat(new String(encoder(schema, iso).encode(row), UTF_8))
                .isEqualTo("{\"ts\":\"2020-12-30T12:13:14.123\",\"ltz\":\"2020-12-30T01:02:03Z\"}");
        assertThatThrownBy(() -> decode(decoder(schema, Map.of()), schema, "{\"ts\":\"2020-12-30T12:13:14.123\"}"))
                .isInstanceOf(FormatException.class)
                .hasMessage("field 'ts': cannot read '2020-12-30T12:13:14.123' as TIMESTAMP(3),"
                        + " expected yyyy-MM-dd HH:mm:ss[.fff] (SQL)");
    }

    @Test
    void timestampsKeepTheirPrecisionAndRejectImpossibleDates() {
        RowSchema schema = RowSchema.of("t0", FieldType.timestamp(0), "t6", FieldType.timestamp(6), "short", FieldType.timestamp(3));
        Row row = decode(decoder(schema, Map.of()), schema,
                "{\"t0\":\"2020-02-29 23:59:59.999\",\"t6\":\"1969-12-31 23:59:59.1234567\",\"short\":\"2020-12-30 12:13\"}");
        assertThat(row.getField(0)).isEqualTo(LocalDateTime.of(2020, 2, 29, 23, 59, 59));
        assertThat(row.getField(1)).isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 123_456_000));
        assertThat(row.getField(2)).isEqualTo(LocalDateTime.of(2020, 12, 30, 12, 13));
        assertThatThrownBy(() -> decode(decoder(schema, Map.of()), schema, "{\"t0\":\"2021-02-29 00:00:00\"}"))
                .hasMessage("field 't0': cannot read '2021-02-29 00:00:00' as TIMESTAMP(0), expected yyyy-MM-dd HH:mm:ss[.fff] (SQL)");
    }

    @Test
    void readsOnlyProjectedFieldsAndSkipsUnknownOnes() {
        RowSchema physical = RowSchema.of("a", FieldType.BIGINT, "b", FieldType.STRING, "c", FieldType.INT);
        RecordDecoder decoder = FormatFactories.defaults().get("json")
                .createDecoder(new ProjectedSchema(physical, List.of(2, 0)), new OptionValues(Map.of()));
        Row row = new Row(physical.project(2, 0));

        assertThat(decoder.decode("{\"a\":1,\"b\":{\"deep\":[1,2,{\"x\":\"y\"}]},\"zz\":[[]],\"c\":3}".getBytes(UTF_8), row)).isTrue();
        assertThat(row.toString()).isEqualTo("+I[3, 1]");
    }

    @Test
    void stringsTakeAnyJsonValueAndNumbersTakeStrings() {
        RowSchema schema = RowSchema.of("s", FieldType.STRING, "n", FieldType.BIGINT, "d", FieldType.DOUBLE,
                "flag", FieldType.BOOLEAN);
        Row row = decode(decoder(schema, Map.of()), schema, "{\"s\":{\"a\":[1, true]},\"n\":\" 42 \",\"d\":\"1e3\",\"flag\":\"true\"}");

        assertThat(row.toString()).isEqualTo("+I[{\"a\":[1,true]}, 42, 1000.0, true]");
    }

    @Test
    void missingFieldsAreNullOrFail() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "r", FieldType.row(NESTED));
        assertThat(decode(decoder(schema, Map.of()), schema, "{\"r\":{\"x\":1}}").toString()).isEqualTo("+I[null, +I[1, null]]");

        RecordDecoder strict = decoder(schema, Map.of("json.fail-on-missing-field", "true"));
        assertThatThrownBy(() -> decode(strict, schema, "{\"a\":1,\"r\":{\"x\":1}}"))
                .isInstanceOf(FormatException.class)
                .hasMessage("field 'r.y': missing, and json.fail-on-missing-field is true");
    }

    @Test
    void badValuesFailWithTheFieldPath() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "r", FieldType.row(NESTED));
        RecordDecoder decoder = decoder(schema, Map.of());

        assertThatThrownBy(() -> decode(decoder, schema, "{\"a\":\"abc\"}"))
                .hasMessage("field 'a': cannot read 'abc' as BIGINT");
        assertThatThrownBy(() -> decode(decoder, schema, "{\"a\":1,\"r\":{\"x\":[1]}}"))
                .hasMessage("field 'r.x': cannot read an array as INT");
        assertThatThrownBy(() -> decode(decoder, schema, "{\"a\":1,\"r\":{\"x\":3000000000}}"))
                .hasMessage("field 'r.x': value 3000000000 is out of range for INT");
    }

    @Test
    void malformedRecordsFailWithTheReason() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT);
        RecordDecoder decoder = decoder(schema, Map.of());

        assertThatThrownBy(() -> decode(decoder, schema, "{\"a\":1,}"))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("malformed JSON at column 8: Unexpected character ('}'");
        assertThatThrownBy(() -> decode(decoder, schema, "[1]")).hasMessage("expected a JSON object, found an array");
        assertThatThrownBy(() -> decode(decoder, schema, "")).hasMessage("empty record, expected a JSON object");
        assertThatThrownBy(() -> decode(decoder, schema, "{\"a\":1")).hasMessageStartingWith("malformed JSON");
    }

    @Test
    void ignoreParseErrorsSkipsAndCountsBadRecordsAndNullsBadFields() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT, "r", FieldType.row(NESTED), "z", FieldType.INT);
        RecordDecoder decoder = decoder(schema, Map.of("json.ignore-parse-errors", "true"));
        Row row = new Row(schema);

        assertThat(decoder.decode("{\"a\":1,}".getBytes(UTF_8), row)).isFalse();
        assertThat(decoder.decode("not json".getBytes(UTF_8), row)).isFalse();
        assertThat(decoder.skippedRecords()).isEqualTo(2);

        assertThat(decoder.decode("{\"a\":\"x\",\"r\":{\"x\":{\"deep\":[1,{}]},\"y\":\"ok\"},\"z\":5}".getBytes(UTF_8), row)).isTrue();
        assertThat(row.toString()).isEqualTo("+I[null, +I[null, ok], 5]");
        assertThat(decoder.skippedRecords()).isEqualTo(2);
    }

    @Test
    void conflictingOptionsAreRejected() {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT);
        assertThatThrownBy(() -> decoder(schema, Map.of("json.ignore-parse-errors", "true", "json.fail-on-missing-field", "true")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Options 'json.fail-on-missing-field' and 'json.ignore-parse-errors' cannot both be true");
    }

    @Test
    void mapNullKeysFollowTheMode() {
        RowSchema schema = RowSchema.of("m", FieldType.map(FieldType.STRING, FieldType.INT));
        Map<String, Integer> map = new HashMap<>();
        map.put(null, 1);
        Row row = new Row(schema);
        row.setObject(0, map);

        assertThatThrownBy(() -> encoder(schema, Map.of()).encode(row))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("JSON cannot encode a map with a NULL key");
        assertThat(new String(encoder(schema, Map.of("json.map-null-key.mode", "DROP")).encode(row), UTF_8))
                .isEqualTo("{\"m\":{}}");
        assertThat(new String(encoder(schema, Map.of("json.map-null-key.mode", "LITERAL",
                "json.map-null-key.literal", "nil")).encode(row), UTF_8)).isEqualTo("{\"m\":{\"nil\":1}}");
    }

    @Test
    void oneEncoderWritesEachRowAloneAndGoesOnAfterARowItCannotWrite() {
        RowSchema schema = RowSchema.of("m", FieldType.map(FieldType.STRING, FieldType.INT), "d", FieldType.decimal(20, 0));
        Map<String, Integer> withNullKey = new HashMap<>();
        withNullKey.put("a", 1);
        withNullKey.put(null, 2);
        Row bad = new Row(schema);
        bad.setObject(0, withNullKey);
        Row good = new Row(schema);
        good.setObject(0, Map.of("b", 3));
        good.setDecimal(1, new BigDecimal(new java.math.BigInteger("1"), -3));
        Map<String, String> plain = Map.of("json.encode.decimal-as-plain-number", "true");
        RecordEncoder encoder = encoder(schema, plain);

        assertThat(new String(encoder.encode(good), UTF_8)).isEqualTo("{\"m\":{\"b\":3},\"d\":1000}");
        assertThatThrownBy(() -> encoder.encode(bad)).isInstanceOf(FormatException.class);
        assertThat(new String(encoder.encode(good), UTF_8)).isEqualTo("{\"m\":{\"b\":3},\"d\":1000}");
        assertThat(encoder.encode(good)).isEqualTo(encoder(schema, plain).encode(good));
    }

    @Test
    void decimalsAndNullFieldsFollowTheEncodeOptions() {
        RowSchema schema = RowSchema.of("d", FieldType.decimal(20, 0), "n", FieldType.STRING);
        Row row = new Row(schema);
        row.setDecimal(0, new BigDecimal("1E+3").setScale(0));
        row.setDecimal(0, new BigDecimal(new java.math.BigInteger("1"), -3));

        assertThat(new String(encoder(schema, Map.of()).encode(row), UTF_8)).isEqualTo("{\"d\":1E+3,\"n\":null}");
        assertThat(new String(encoder(schema, Map.of("json.encode.decimal-as-plain-number", "true",
                "json.encode.ignore-null-fields", "true")).encode(row), UTF_8)).isEqualTo("{\"d\":1000}");
    }

    @Test
    void decimalsThatOverflowThePrecisionReadAsNull() {
        RowSchema schema = RowSchema.of("d", FieldType.decimal(3, 1));
        assertThat(decode(decoder(schema, Map.of()), schema, "{\"d\":12345.6}").isNullAt(0)).isTrue();
    }
}
