package io.eddy.connectors.nexmark;

import io.eddy.connectors.generator.SequenceRandom;

/**
 * Random text of the Nexmark generator, appended into reusable builders so that generating an event
 * allocates nothing until a string column is actually produced.
 */
final class NexmarkText {

    private static final int MIN_STRING_LENGTH = 3;

    private NexmarkText() {
    }

    /**
     * Appends a random lower-case string of 3 to {@code maxLength - 1} characters, where about one
     * character in 13 is {@code special}; spaces at its ends are trimmed.
     */
    static void appendString(SequenceRandom random, TextBuffer into, int maxLength, char special) {
        int start = into.length();
        int length = MIN_STRING_LENGTH + random.nextInt(maxLength - MIN_STRING_LENGTH);
        for (int i = 0; i < length; i++) {
            into.append(random.nextInt(13) == 0 ? special : (char) ('a' + random.nextInt(26)));
        }
        if (special == ' ') {
            while (into.length() > start && into.charAt(into.length() - 1) == ' ') {
                into.setLength(into.length() - 1);
            }
            int leading = start;
            while (leading < into.length() && into.charAt(leading) == ' ') {
                leading++;
            }
            into.delete(start, leading);
        }
    }

    /** Appends exactly {@code length} random lower-case characters. */
    static void appendExactString(SequenceRandom random, TextBuffer into, int length) {
        int bits = 0;
        int left = 0;
        for (int i = 0; i < length; i++) {
            if (left == 0) {
                bits = random.nextInt() >>> 1;
                left = 6;
            }
            into.append((char) ('a' + bits % 26));
            bits /= 26;
            left--;
        }
    }

    /** Appends filler so that {@code currentSize} plus its length is on average {@code averageSize}. */
    static void appendExtra(SequenceRandom random, TextBuffer into, int currentSize, int averageSize) {
        if (currentSize > averageSize) {
            return;
        }
        int wanted = averageSize - currentSize;
        int delta = (int) Math.round(wanted * 0.2);
        int size = wanted - delta + (delta == 0 ? 0 : random.nextInt(2 * delta));
        appendExactString(random, into, size);
    }

    /** Appends {@code value} (0..9999) as four digits. */
    static void appendFourDigits(TextBuffer into, int value) {
        into.append((char) ('0' + value / 1000)).append((char) ('0' + value / 100 % 10))
                .append((char) ('0' + value / 10 % 10)).append((char) ('0' + value % 10));
    }

    /** A price in cents, log-uniform between 1.00 and 1,000,000.00. */
    static long nextPrice(SequenceRandom random) {
        return Math.round(Math.pow(10.0, random.nextDouble() * 6.0) * 100.0);
    }
}
