package io.eddy.shell;

import java.io.IOException;
import org.jline.utils.NonBlockingReader;

/**
 * The keys of a full-screen result view, read from the terminal in raw mode: {@code q} (and
 * Ctrl-C when it is not a signal) leaves; arrows or {@code k}/{@code j} scroll a row, Page Up and
 * Page Down (or {@code b} and space) a page, Home and End (or {@code g}/{@code G}) jump to the first
 * rows or back to following the newest.
 */
enum ViewKey {
    QUIT, UP, DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM, OTHER, NONE;

    private static final int ESCAPE = 27;
    private static final int CTRL_C = 3;
    private static final long SEQUENCE_MILLIS = 20;

    /**
     * Waits up to {@code timeoutMillis} for a key.
     *
     * @return {@link #NONE} when none came, {@link #QUIT} at the end of the input
     */
    static ViewKey read(NonBlockingReader reader, long timeoutMillis) throws IOException {
        int c = reader.read(timeoutMillis);
        return switch (c) {
            case NonBlockingReader.READ_EXPIRED -> NONE;
            case NonBlockingReader.EOF, 'q', 'Q', CTRL_C -> QUIT;
            case 'k' -> UP;
            case 'j' -> DOWN;
            case 'b' -> PAGE_UP;
            case ' ' -> PAGE_DOWN;
            case 'g' -> TOP;
            case 'G' -> BOTTOM;
            case ESCAPE -> escapeSequence(reader);
            default -> OTHER;
        };
    }

    /** ESC [ A or ESC O A (arrows, with and without keypad mode), ESC [ 5 ~ (pages), Home, End. */
    private static ViewKey escapeSequence(NonBlockingReader reader) throws IOException {
        int introducer = reader.read(SEQUENCE_MILLIS);
        if (introducer != '[' && introducer != 'O') {
            return OTHER;
        }
        int code = reader.read(SEQUENCE_MILLIS);
        switch (code) {
            case 'A':
                return UP;
            case 'B':
                return DOWN;
            case 'H':
                return TOP;
            case 'F':
                return BOTTOM;
            case '1', '4', '5', '6', '7', '8':
                return reader.read(SEQUENCE_MILLIS) != '~' ? OTHER : switch (code) {
                    case '5' -> PAGE_UP;
                    case '6' -> PAGE_DOWN;
                    case '1', '7' -> TOP;
                    default -> BOTTOM;
                };
            default:
                return OTHER;
        }
    }
}
