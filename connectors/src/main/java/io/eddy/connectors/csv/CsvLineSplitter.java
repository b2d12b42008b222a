package io.eddy.connectors.csv;

import io.eddy.connectors.format.FormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record into its field texts, honouring the quote character (a doubled quote inside a
 * quoted field is one quote) and the escape character. Reuses its buffers: one per decoder.
 */
final class CsvLineSplitter {

    private final CsvSyntax syntax;
    private final List<String> fields = new ArrayList<>();
    private final List<Boolean> quoted = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    CsvLineSplitter(CsvSyntax syntax) {
        this.syntax = syntax;
    }

    /** Splits {@code line}; the fields stay valid until the next call. */
    List<String> split(String line) {
        fields.clear();
        quoted.clear();
        int length = line.length();
        int position = 0;
        while (true) {
            current.setLength(0);
            boolean isQuoted = position < length && line.charAt(position) == syntax.quoteCharacter();
            position = isQuoted ? readQuoted(line, position + 1) : readPlain(line, position);
            fields.add(current.toString());
            quoted.add(isQuoted);
            if (position >= length) {
                return fields;
            }
            position++;
        }
    }

    /** Whether field {@code index} of the last split was quoted (a quoted empty field is an empty string, not NULL). */
    boolean wasQuoted(int index) {
        return quoted.get(index);
    }

    private int readPlain(String line, int start) {
        int position = start;
        while (position < line.length()) {
            char c = line.charAt(position);
            if (c == syntax.fieldDelimiter()) {
                return position;
            }
            if (c == syntax.escapeCharacter() && position + 1 < line.length()) {
                position++;
                c = line.charAt(position);
            }
            current.append(c);
            position++;
        }
        return position;
    }

    private int readQuoted(String line, int start) {
        int position = start;
        while (position < line.length()) {
            char c = line.charAt(position);
            if (c == syntax.escapeCharacter() && position + 1 < line.length()) {
                current.append(line.charAt(position + 1));
                position += 2;
                continue;
            }
            if (c == syntax.quoteCharacter()) {
                if (position + 1 < line.length() && line.charAt(position + 1) == c) {
                    current.append(c);
                    position += 2;
                    continue;
                }
                int after = position + 1;
                if (after < line.length() && line.charAt(after) != syntax.fieldDelimiter()) {
                    throw new FormatException("unexpected character '" + line.charAt(after) + "' after the closing quote of field "
                            + (fields.size() + 1) + " at column " + (after + 1));
                }
                return after;
            }
            current.append(c);
            position++;
        }
        throw new FormatException("field " + (fields.size() + 1) + " has no closing quote");
    }
}
