package io.eddy.connectors.format;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Timestamps written from the remembered second give exactly what {@link DateTimeFormatter} gives. */
class TimestampTextTest {

    private static final DateTimeFormatter SQL = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE).appendLiteral(' ').append(ISO_LOCAL_TIME).toFormatter();
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE).appendLiteral('T').append(ISO_LOCAL_TIME).toFormatter();

    @Test
    void writesTheFormattersTextForEveryFractionAndForm() {
        TimestampText sql = new TimestampText(false);
        TimestampText iso = new TimestampText(true);
        long second = LocalDateTime.of(2026, 11, 24, 19, 31, 42).toEpochSecond(ZoneOffset.UTC);
        int[] fractions = {0, 1, 10, 100_000_000, 120_000_000, 123_000_000, 123_400_000, 123_456_789, 999_999_999, 500};
        for (int nanos : fractions) {
            for (boolean instant : new boolean[] {false, true}) {
                assertThat(sql.format(second, nanos, instant)).isEqualTo(expected(SQL, second, nanos, instant));
                assertThat(iso.format(second, nanos, instant)).isEqualTo(expected(ISO, second, nanos, instant));
            }
        }
        assertThat(sql.format(second, 227_000_000, false)).isEqualTo("2026-11-24 19:31:42.227");
        assertThat(iso.format(second, 0, true)).isEqualTo("2026-11-24T19:31:42Z");
    }

    @Test
    void writesTheSameTextAsTheSecondChangesAcrossDaysYearsAndTheEpoch() {
        TimestampText text = new TimestampText(false);
        SplittableRandom random = new SplittableRandom(7);
        long[] seconds = {0, -1, 86_399, 86_400, -86_400, 951_782_399L /* 2000-02-28T23:59:59 */, 951_868_800L,
            -62_167_219_200L /* 0000-01-01 */, 253_402_300_799L /* 9999-12-31T23:59:59 */};
        for (long second : seconds) {
            assertThat(text.format(second, 7_000_000, false)).isEqualTo(expected(SQL, second, 7_000_000, false));
        }
        long second = 1_700_000_000L;
        for (int i = 0; i < 20_000; i++) {
            // Mostly the same or the next second, as in a stream; sometimes anywhere in years 0-9999.
            int step = random.nextInt(10);
            second = step < 6 ? second : step < 9 ? second + random.nextInt(1, 90_000)
                    : random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nanos = random.nextBoolean() ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000);
            assertThat(text.format(second, nanos, false)).isEqualTo(expected(SQL, second, nanos, false));
        }
    }

    @Test
    void leavesYearsOutsideZeroTo9999ToTheFormatter() {
        TimestampText text = new TimestampText(false);
        assertThat(text.format(-62_167_219_201L, 0, false)).isNull();
        assertThat(text.format(253_402_300_800L, 0, false)).isNull();
        TemporalText temporal = new TemporalText(false);
        Row row = Row.of((Object) null);
        long tenThousand = LocalDateTime.of(10_000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
        row.setTimestamp(0, tenThousand + 5, 0);
        assertThat(temporal.formatTimestamp(row, 0, FieldType.timestamp(3))).isEqualTo("+10000-01-01 00:00:00.005");
        row.setTimestamp(0, -1, 0);
        assertThat(temporal.formatTimestamp(row, 0, FieldType.timestamp(3))).isEqualTo("1969-12-31 23:59:59.999");
    }

    private static String expected(DateTimeFormatter formatter, long second, int nanos, boolean instant) {
        return formatter.format(LocalDateTime.ofEpochSecond(second, nanos, ZoneOffset.UTC)) + (instant ? "Z" : "");
    }
}
