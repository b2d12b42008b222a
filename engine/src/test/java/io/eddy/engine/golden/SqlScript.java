package io.eddy.engine.golden;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden SQL file: statements, each followed by a line {@code ----} and its expected output up
 * to the next blank line. Lines starting with {@code --} (but not {@code ----}) before a
 * statement are comments. Neither statements nor outputs contain blank lines; an empty line of
 * output is written as {@code <BLANK>}.
 *
 * <pre>
 * -- a comment
 * SHOW CATALOGS
 * ----
 * +-----------------+
 * |    catalog name |
 * ...
 * </pre>
 */
record SqlScript(List<Entry> entries) {

    static final String SEPARATOR = "----";
    static final String BLANK = "<BLANK>";

    SqlScript {
        entries = List.copyOf(requireNonNull(entries, "entries is null"));
    }

    /** One statement: the comments before it, its text and its expected output. */
    record Entry(List<String> comments, String statement, String expected, int line) {
        Entry {
            comments = List.copyOf(comments);
            requireNonNull(statement, "statement is null");
            requireNonNull(expected, "expected is null");
        }
    }

    static SqlScript parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            List<String> comments = new ArrayList<>();
            while (i < lines.size() && (lines.get(i).isBlank() || isComment(lines.get(i)))) {
                if (!lines.get(i).isBlank()) {
                    comments.add(lines.get(i));
                }
                i++;
            }
            if (i >= lines.size()) {
                break;
            }
            int start = i + 1;
            List<String> statement = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).equals(SEPARATOR)) {
                if (lines.get(i).isBlank()) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": statement without '" + SEPARATOR + "'");
                }
                statement.add(lines.get(i++));
            }
            i++;
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                expected.add(lines.get(i++));
            }
            entries.add(new Entry(comments, String.join("\n", statement), String.join("\n", expected), start));
        }
        return new SqlScript(entries);
    }

    private static boolean isComment(String line) {
        return line.startsWith("--") && !line.equals(SEPARATOR);
    }

    /** The file text with {@code actual} outputs in place of the expected ones. */
    String render(List<String> actual) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (i > 0) {
                text.append('\n');
            }
            entry.comments().forEach(comment -> text.append(comment).append('\n'));
            text.append(entry.statement()).append('\n').append(SEPARATOR).append('\n');
            text.append(actual.get(i)).append('\n');
        }
        return text.toString();
    }
}
