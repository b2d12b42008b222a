package io.eddy.connectors.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.TemporalText;
import io.eddy.connectors.format.TextValues;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner of flat JSON objects against the Jackson path it stands in for: every record
 * decodes to the same row, fails with the same message, or is skipped and counted alike, and the
 * scanner really takes the plain records itself.
 */
class FlatObjectScannerTest {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final RowSchema SCALARS = RowSchema.of(
            "b", FieldType.BOOLEAN, "t", FieldType.TINYINT, "i", FieldType.INT, "l", FieldType.BIGINT,
            "f", FieldType.FLOAT, "d", FieldType.DOUBLE, "s", FieldType.STRING, "ts", FieldType.timestamp(3),
            "ltz", FieldType.timestampLtz(3), "ts9", FieldType.timestamp(9));

    /** Records the scanner must take itself. */
    private static final List<String> PLAIN = List.of(
            "{\"b\":true,\"t\":-128,\"i\":2147483647,\"l\":-9007199254740993,\"f\":1.5,\"d\":-0.0,\"s\":\"hi\","
                    + "\"ts\":\"2020-12-30 12:13:14.123\",\"ltz\":\"2020-12-30 12:13:14.5Z\",\"ts9\":\"2020-02-29 00:00:00.123456789\"}",
            "{}",
            "  {  \"l\" : 7 ,\t\"s\"\r:\"a b\" }  ",
            "{\"l\":null,\"s\":null,\"ts\":null,\"b\":false}",
            "{\"d\":1e3,\"f\":-2.5E-3,\"l\":-0,\"i\":0}",
            "{\"d\":12345678901234567,\"s\":123.5e+7}",
            "{\"s\":true,\"b\":false}",
            "{\"s\":\"tab\\t quote\\\" slash\\/ back\\\\ \\u00e9\\u20AC \\ud83d\\ude00 \\b\\f\\n\\r\"}",
            "{\"s\":\"caf\u00e9 \u20ac \ud83d\ude00 \u65e5\u672c\"}",
            "{\"s\":\"esc\\u00e9 and \u00e9\"}",
            "{\"caf\u00e9\":1,\"l\":2}",
            "{\"x\":{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\"}\"},\"l\":3,\"y\":[],\"z\":{},\"w\":[[[\"]\"]]],\"v\":-1.5e-7}",
            "{\"l\":1,\"l\":2,\"s\":\"first\",\"s\":\"second\"}",
            "{\"unknown\":\"\\u0041\\n\",\"l\":5}",
            "{\"l\":1} trailing text Jackson never reads", "{\"l\":1}}", "{\"l\":1}]",
            "{\"s\":\"" + "long ".repeat(2_000) + "\"}",
            "{\"d\":1E400,\"f\":1e-50,\"s\":\"nul\\u0000 lone \\ud800 \\uDFFF\"}",
            "{\"l\":1}\r", "\r\n\t {\"l\":1}", manyNames());

    /** Records the scanner leaves to Jackson (results or errors must still match). */
    private static final List<String> OTHERS = List.of(
            "", "   ", "[1,2]", "\"text\"", "42", "null", "\ufeff{\"l\":1}",
            "{\"l\":1", "{\"l\":1,}", "{\"l\":}", "{\"l\" 1}", "{l:1}", "{'l':1}", "{\"l\":1 \"s\":\"x\"}",
            "{\"l\":01}", "{\"l\":1.}", "{\"l\":.5}", "{\"l\":-}", "{\"l\":+1}", "{\"l\":1e}", "{\"l\":NaN}", "{\"l\":12x}",
            "{\"l\":tru}", "{\"l\":nulll}", "{\"b\":\"true\"}", "{\"b\":1}", "{\"l\":\"12\"}", "{\"l\":1.5}", "{\"l\":1e2}",
            "{\"t\":128}", "{\"i\":2147483648}", "{\"l\":9223372036854775807}", "{\"l\":99999999999999999999}",
            "{\"d\":\"1.5\"}", "{\"d\":123456789012345678901234}", "{\"s\":{\"a\": [1, 2]}}", "{\"s\":[true ,null]}",
            "{\"l\":{\"a\":1}}", "{\"ts\":\"2020-12-30T12:13:14\"}", "{\"ts\":\"2020-02-30 00:00:00\"}", "{\"ts\":\" 2020-12-30 12:13:14\"}",
            "{\"ts\":\"2020-12-30 12:13\"}", "{\"ltz\":\"2020-12-30 12:13:14\"}", "{\"ts\":12}", "{\"ts\":\"2020\\u002d12-30 12:13:14\"}",
            "{\"s\":\"bad \\q escape\"}", "{\"s\":\"short \\u12 escape\"}", "{\"s\":\"control \u0001 char\"}",
            "{\"s\":\"unterminated}", "{\"x\":\"bad \\x\",\"l\":1}", "{\"x\":[1,2,],\"l\":1}", "{\"x\":{\"a\"},\"l\":1}",
            "{\"x\":[1 2],\"l\":1}", "{\"x\":{\"a\":1,},\"l\":1}", "{\"x\":[" + "[".repeat(100) + "]".repeat(100) + "],\"l\":1}",
            "{\"l\\u0000\":1}", "{\"\\u006c\":3}", "{\f\"l\":1}", "{\"l\":1\u00a0}");

    /** An object with more names than the scanner predicts positions for, the read ones last. */
    private static String manyNames() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            json.append("\"n").append(i).append("\":").append(i).append(',');
        }
        return json.append("\"s\":\"last\",\"l\":100}").toString();
    }

    private static JsonRowDecoder decoder(boolean scan, boolean failOnMissing, boolean ignoreErrors) {
        return new JsonRowDecoder(SCALARS, new TextValues(new TemporalText(false)),
                new JsonReadOptions(failOnMissing, ignoreErrors), JSON, scan);
    }

    private static FlatObjectScanner scanner() {
        return FlatObjectScanner.forSchema(SCALARS, new JsonReadOptions(false, false), new TemporalText(false));
    }

    /** What a decoder made of a record: the row, "skipped", or the error message. */
    private static String outcome(JsonRowDecoder decoder, byte[] bytes, int offset, int length) {
        Row row = new Row(SCALARS);
        try {
            return decoder.decode(bytes, offset, length, row) ? row.toString() : "skipped " + decoder.skippedRecords();
        } catch (FormatException e) {
            return "error: " + e.getMessage();
        }
    }

    private static void assertSameAsJackson(String json) {
        for (boolean[] options : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
            JsonRowDecoder fast = decoder(true, options[0], options[1]);
            JsonRowDecoder jackson = decoder(false, options[0], options[1]);
            // Inside a larger buffer, as the file reader hands records over.
            byte[] record = json.getBytes(UTF_8);
            byte[] framed = new byte[record.length + 6];
            System.arraycopy(record, 0, framed, 3, record.length);
            framed[0] = '{';
            framed[framed.length - 1] = '"';
            assertThat(outcome(fast, framed, 3, record.length))
                    .as("%s with fail-on-missing %s, ignore-parse-errors %s", json, options[0], options[1])
                    .isEqualTo(outcome(jackson, record, 0, record.length));
        }
    }

    @Test
    void plainRecordsAreScannedAndMatchJackson() {
        for (String json : PLAIN) {
            byte[] bytes = json.getBytes(UTF_8);
            assertThat(scanner().decode(bytes, 0, bytes.length, new Row(SCALARS))).as(json).isTrue();
            assertSameAsJackson(json);
        }
    }

    @Test
    void everythingElseIsLeftToJacksonWithItsResultsAndErrors() {
        for (String json : OTHERS) {
            byte[] bytes = json.getBytes(UTF_8);
            assertThat(scanner().decode(bytes, 0, bytes.length, new Row(SCALARS))).as(json).isFalse();
            assertSameAsJackson(json);
        }
    }

    @Test
    void malformedUtf8IsLeftToJackson() {
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, '"', '}'});              // truncated
        bad.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}); // overlong
        bad.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}); // surrogate
        bad.add(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, '"', ',', '"', 'l', '"', ':', '1', '}'});
        bad.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'});
        for (byte[] bytes : bad) {
            assertThat(scanner().decode(bytes, 0, bytes.length, new Row(SCALARS))).isFalse();
            JsonRowDecoder fast = decoder(true, false, false);
            JsonRowDecoder jackson = decoder(false, false, false);
            assertThat(outcome(fast, bytes, 0, bytes.length)).isEqualTo(outcome(jackson, bytes, 0, bytes.length));
        }
    }

    @Test
    void decodesValuesStraightFromBytes() {
        Row row = new Row(SCALARS);
        byte[] bytes = PLAIN.get(0).getBytes(UTF_8);
        assertThat(scanner().decode(bytes, 0, bytes.length, row)).isTrue();
        assertThat(row.getBoolean(0)).isTrue();
        assertThat(row.getLong(1)).isEqualTo(-128);
        assertThat(row.getInt(2)).isEqualTo(Integer.MAX_VALUE);
        assertThat(row.getLong(3)).isEqualTo(-9007199254740993L);
        assertThat(row.getFloat(4)).isEqualTo(1.5f);
        assertThat(Double.doubleToRawLongBits(row.getDouble(5))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(row.getString(6)).isEqualTo("hi");
        assertThat(row.getTimestampMillis(7)).isEqualTo(1609330394123L);
        assertThat(row.getTimestampMillis(8)).isEqualTo(1609330394500L);
        assertThat(row.getTimestampNanosOfMilli(9)).isEqualTo(456_789);

        bytes = PLAIN.get(7).getBytes(UTF_8);
        assertThat(scanner().decode(bytes, 0, bytes.length, row)).isTrue();
        assertThat(row.getString(6)).isEqualTo("tab\t quote\" slash/ back\\ \u00e9\u20ac \ud83d\ude00 \b\f\n\r");
        assertThat(row.isNullAt(3)).isTrue();
    }

    @Test
    void timestampsOfOneSecondReadByOneScannerGiveWhatEachGivesAlone() {
        FlatObjectScanner reused = scanner();
        List<String> timestamps = List.of("2020-12-30 12:13:14.123", "2020-12-30 12:13:14.5", "2020-12-30 12:13:14",
                "2020-12-30 12:13:14.12x", "2020-12-30 12:13:14.", "2020-12-30 12:13:15.001", "2021-02-29 12:13:15.001",
                "2021-02-28 12:13:15.001", "2020-12-30 12:13:14.999999999");
        for (String timestamp : timestamps) {
            byte[] bytes = ("{\"ts\":\"" + timestamp + "\",\"ts9\":\"" + timestamp + "\"}").getBytes(UTF_8);
            assertThat(scanned(reused, bytes)).as(timestamp).isEqualTo(scanned(scanner(), bytes));
        }
        byte[] bytes = "{\"ts\":\"2020-12-30 12:13:14.5\"}".getBytes(UTF_8);
        Row row = new Row(SCALARS);
        assertThat(reused.decode(bytes, 0, bytes.length, row)).isTrue();
        assertThat(row.getTimestampMillis(7)).isEqualTo(1609330394500L);
    }

    /** The row a scanner made of a record, "left to Jackson", or the error. */
    private static String scanned(FlatObjectScanner scanner, byte[] bytes) {
        Row row = new Row(SCALARS);
        try {
            return scanner.decode(bytes, 0, bytes.length, row) ? row.toString() : "left to Jackson";
        } catch (FormatException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void schemasWithNestedOrParsedTypesAreLeftToJackson() {
        RowSchema withDecimal = RowSchema.of("l", FieldType.BIGINT, "dec", FieldType.decimal(10, 2));
        assertThat(FlatObjectScanner.forSchema(withDecimal, new JsonReadOptions(false, false), new TemporalText(false))).isNull();
        RowSchema withRow = RowSchema.of("r", FieldType.row(RowSchema.of("x", FieldType.INT)));
        assertThat(FlatObjectScanner.forSchema(withRow, new JsonReadOptions(false, false), new TemporalText(false))).isNull();
    }

    @Test
    void ignoredParseErrorsAreSkippedAndCountedAsBefore() {
        JsonRowDecoder fast = decoder(true, false, true);
        Row row = new Row(SCALARS);
        byte[] good = "{\"l\":1}".getBytes(UTF_8);
        byte[] bad = "{\"l\":1".getBytes(UTF_8);
        assertThat(fast.decode(good, 0, good.length, row)).isTrue();
        assertThat(fast.decode(bad, 0, bad.length, row)).isFalse();
        assertThat(fast.decode(bad, 0, bad.length, row)).isFalse();
        assertThat(fast.skippedRecords()).isEqualTo(2);
        byte[] badField = "{\"l\":\"x\",\"s\":\"kept\"}".getBytes(UTF_8);
        assertThat(fast.decode(badField, 0, badField.length, row)).isTrue();
        assertThat(row.isNullAt(3)).isTrue();
        assertThat(row.getString(6)).isEqualTo("kept");
    }

    @Test
    void findsTheEndOfAStringEightBytesAtATimeAsOneByOne() {
        java.util.Random random = new java.util.Random(7);
        byte[] alphabet = {'a', ' ', '"', '\\', 'n', 'u', '0', 0x1F, 0x20, 0x7F, (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};
        int[] form = new int[1];
        for (int round = 0; round < 5000; round++) {
            byte[] bytes = new byte[random.nextInt(30)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
            }
            assertThat(JsonText.stringEnd(bytes, 0, bytes.length, form)).as(java.util.Arrays.toString(bytes))
                    .isEqualTo(referenceStringEnd(bytes));
        }
    }

    /** The closing quote byte by byte: after plain ASCII, a quote ends; escapes, controls and other bytes are checked. */
    private static int referenceStringEnd(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                if (i + 1 >= bytes.length) {
                    return -1;
                }
                char letter = text.charAt(i + 1);
                if ("\"\\/bfnrt".indexOf(letter) >= 0) {
                    i++;
                } else if (letter == 'u' && i + 5 < bytes.length && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    i += 5;
                } else {
                    return -1;
                }
            } else if (b < 0x20) {
                return -1;
            } else if (b >= 0x80) {
                int end = JsonText.multiByteEnd(bytes, i, bytes.length);
                if (end < 0) {
                    return -1;
                }
                i = end - 1;
            }
        }
        return -1;
    }
}
