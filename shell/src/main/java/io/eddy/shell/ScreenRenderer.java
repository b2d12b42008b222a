package io.eddy.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one frame of a full-screen result view for a terminal of a given size: a centered
 * title, a status line, the column header, as many of the newest rows as fit, and a footer with
 * the keys and the row count. Every line is cut to leave the terminal's last column free (so the
 * terminal never wraps or scrolls).
 */
final class ScreenRenderer {

    /** Lines that are not rows: title, status, blank, header, footer. */
    static final int CHROME_LINES = 5;
    static final String KEYS = "Q Quit";
    static final String SCROLL_KEYS = "Q Quit  Up/Down PgUp/PgDn Home/End";

    private ScreenRenderer() {
    }

    /** How many rows fit on a screen {@code height} lines high. */
    static int bodyHeight(int height) {
        return Math.max(0, height - CHROME_LINES);
    }

    /**
     * One frame of exactly {@code height} lines (fewer when the screen is smaller than the chrome).
     *
     * @param rows the rows to show, at most {@link #bodyHeight} of them
     * @param scrollable whether there are more rows than fit (the footer then lists the scroll keys)
     */
    static List<String> render(String title, String status, ColumnLayout columns, List<List<String>> rows,
            String summary, int width, int height, boolean scrollable) {
        String keys = scrollable ? SCROLL_KEYS : KEYS;
        int usable = Math.max(1, width - 1);
        List<String> lines = new ArrayList<>(height);
        lines.add(center(title, usable));
        lines.add(" " + status);
        lines.add("");
        lines.add(row(columns.names(), columns));
        for (List<String> row : rows.subList(Math.max(0, rows.size() - bodyHeight(height)), rows.size())) {
            lines.add(row(row, columns));
        }
        while (lines.size() < height - 1) {
            lines.add("");
        }
        lines.add(" " + keys + " ".repeat(Math.max(2, usable - keys.length() - summary.length() - 2)) + summary);
        List<String> frame = new ArrayList<>(lines.size());
        for (String line : lines.subList(Math.max(0, lines.size() - Math.max(height, 0)), lines.size())) {
            frame.add(line.length() <= usable ? line : line.substring(0, usable));
        }
        return frame;
    }

    private static String center(String text, int width) {
        return " ".repeat(Math.max(0, (width - text.length()) / 2)) + text;
    }

    private static String row(List<String> values, ColumnLayout columns) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            line.append(' ').append(ColumnLayout.alignRight(values.get(i), columns.widths().get(i)));
        }
        return line.toString();
    }
}
