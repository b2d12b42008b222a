package io.eddy.connectors.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes timestamps as {@code yyyy-MM-dd HH:mm:ss[.f…]} text (with {@code T} for ISO-8601 and a
 * trailing {@code Z} for instants), as {@code DateTimeFormatter} with {@code ISO_LOCAL_DATE} and
 * {@code ISO_LOCAL_TIME} writes them: the fraction without trailing zeros, none when it is zero.
 *
 * <p>It remembers the text of the last second it wrote, so the records that share a second cost
 * one copy and the fraction's digits; a sink encoding a stream of bids writes thousands per second.
 * Years outside 0–9999 (which the formatter writes with a sign) return null, for the caller's
 * formatter. Not thread-safe: each encoder has its own.
 */
final class TimestampText {

    /** {@code yyyy-MM-dd HH:mm:ss}. */
    private static final int SECOND_LENGTH = 19;
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59
    private static final long MIN_EPOCH_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00

    private final byte[] text = new byte[SECOND_LENGTH + 1 + 9 + 1];
    private long lastSecond = Long.MIN_VALUE;

    TimestampText(boolean iso) {
        text[10] = (byte) (iso ? 'T' : ' ');
    }

    /**
     * The text of {@code epochSecond} plus {@code nanos} (0–999,999,999), or null when its year is
     * outside 0–9999.
     */
    String format(long epochSecond, int nanos, boolean instant) {
        if (epochSecond < MIN_EPOCH_SECOND || epochSecond > MAX_EPOCH_SECOND) {
            return null;
        }
        if (epochSecond != lastSecond) {
            writeSecond(epochSecond);
            lastSecond = epochSecond;
        }
        int length = SECOND_LENGTH;
        if (nanos != 0) {
            text[length++] = '.';
            int digits = 9;
            int value = nanos;
            while (value % 10 == 0) {
                value /= 10;
                digits--;
            }
            for (int i = length + digits - 1; i >= length; i--) {
                text[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += digits;
        }
        if (instant) {
            text[length++] = 'Z';
        }
        return new String(text, 0, length, StandardCharsets.ISO_8859_1);
    }

    private void writeSecond(long epochSecond) {
        long epochDay = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        writeDigits(0, 4, date.getYear());
        text[4] = '-';
        writeDigits(5, 2, date.getMonthValue());
        text[7] = '-';
        writeDigits(8, 2, date.getDayOfMonth());
        writeDigits(11, 2, secondOfDay / 3600);
        text[13] = ':';
        writeDigits(14, 2, secondOfDay / 60 % 60);
        text[16] = ':';
        writeDigits(17, 2, secondOfDay % 60);
    }

    private void writeDigits(int offset, int count, int value) {
        for (int i = offset + count - 1; i >= offset; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
