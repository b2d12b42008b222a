package io.eddy.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.impl.EddySqlParserImpl;
import io.eddy.parser.impl.ParseException;
import io.eddy.parser.impl.TokenMgrError;

/**
 * Turns Calcite's multi-line parse exceptions into one-line {@link SqlParseError}s: the position,
 * the unexpected token, a short list of what was expected and a hint for common mistakes.
 */
final class ParseErrorMessages {

    private static final int MAX_EXPECTED = 6;
    /** Reserved words that start a typed literal ({@code DATE '2024-01-01'}), often used as names. */
    private static final Set<String> LITERAL_PREFIXES = Set.of("DATE", "TIME", "TIMESTAMP", "DATETIME");
    private static final List<String> STATEMENT_STARTS =
            List.of("SELECT", "INSERT", "CREATE", "DROP", "ALTER", "SET", "SHOW", "EXPLAIN");

    private ParseErrorMessages() {
    }

    /** What went wrong and where. */
    private record Problem(String text, SqlParserPos pos) {
    }

    static SqlParseError toError(String sql, SqlParseException e) {
        SqlParserPos reported = e.getPos() == null ? new SqlParserPos(1, 1) : e.getPos();
        Problem problem = describe(sql, reported, e);
        SqlParserPos pos = problem.pos();
        String message = String.format("Syntax error at line %d, column %d: %s",
                pos.getLineNum(), pos.getColumnNum(), problem.text());
        return new SqlParseError(message, pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(),
                pos.getEndColumnNum(), e);
    }

    private static Problem describe(String sql, SqlParserPos pos, SqlParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ParseException parseException && parseException.currentToken != null) {
            return unexpectedToken(parseException, e, pos);
        }
        if (cause instanceof TokenMgrError) {
            return lexicalError(sql, pos);
        }
        String text = firstLine(e.getMessage());
        if (cause instanceof CalciteContextException context && context.getCause() != null
                && context.getCause().getMessage() != null) {
            text = firstLine(context.getCause().getMessage());
        }
        if (text.startsWith("Non-query expression encountered in illegal context")) {
            return new Problem(notAStatement(tokenAt(sql, pos)), pos);
        }
        return new Problem(text, pos);
    }

    private static Problem unexpectedToken(ParseException exception, SqlParseException e, SqlParserPos pos) {
        var previous = exception.currentToken;
        var next = previous.next;
        if (next == null || next.kind == 0) {
            return new Problem("unexpected end of input" + expected(e, null), pos);
        }
        Set<String> expected = expectedTokens(e);
        if (previous.image != null && previous.kind != 0) {
            SqlParserPos previousPos = new SqlParserPos(previous.beginLine, previous.beginColumn,
                    previous.endLine, previous.endColumn);
            if (LITERAL_PREFIXES.contains(previous.image.toUpperCase(Locale.ROOT))
                    && expected.contains("string literal") && !next.image.startsWith("'")) {
                return new Problem(reservedWord(previous.image), previousPos);
            }
            String typoOf = typoOf(previous.image, expected);
            if (typoOf != null) {
                return new Problem(String.format("unexpected '%s'. Did you mean %s?", previous.image, typoOf),
                        previousPos);
            }
        }
        return new Problem(unexpected(exception, e, next.image, expected), pos);
    }

    private static String typoOf(String word, Set<String> expected) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z_]+")) {
            return null;
        }
        for (String candidate : expected) {
            if (candidate.matches("[A-Z_]+") && !candidate.equals(upper) && candidate.length() > 2 && isTypo(upper, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String reservedWord(String image) {
        return String.format("unexpected '%s'. `%s` is a reserved word; quote it with backquotes: `%s`",
                image, image, image);
    }

    private static String notAStatement(String image) {
        return String.format("unexpected '%s': not the start of a statement. Expected one of: %s, …",
                image, String.join(", ", STATEMENT_STARTS));
    }

    private static String tokenAt(String sql, SqlParserPos pos) {
        String rest = textFrom(sql, pos);
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != ';') {
            end++;
        }
        return rest.substring(0, end);
    }

    private static String unexpected(ParseException exception, SqlParseException e, String image,
            Set<String> expected) {
        if (image.startsWith("\"")) {
            return "double quotes are not allowed; use single quotes for strings ('...') and backquotes for names (`...`)";
        }
        if (image.equals("'")) {
            return "unclosed string literal; strings end with a single quote (')";
        }
        String upper = image.toUpperCase(Locale.ROOT);
        if (expected.contains("identifier") && isReserved(upper)) {
            return reservedWord(image);
        }
        if (isStatementStart(exception)) {
            return notAStatement(image);
        }
        String typoOf = typoOf(image, expected);
        if (typoOf != null) {
            return String.format("unexpected '%s'. Did you mean %s?", image, typoOf);
        }
        if (expected.contains("','") && Character.isLetter(image.charAt(0))) {
            return "unexpected '" + image + "' (is a comma missing before it?)" + expected(e, expected);
        }
        return "unexpected '" + image + "'" + expected(e, expected);
    }

    private static boolean isStatementStart(ParseException exception) {
        var current = exception.currentToken;
        return current.image == null || current.image.isEmpty() || ";".equals(current.image);
    }

    private static Problem lexicalError(String sql, SqlParserPos pos) {
        String rest = textFrom(sql, pos);
        if (rest.startsWith("\"")) {
            return new Problem("double quotes are not allowed; use single quotes for strings ('...')"
                    + " and backquotes for names (`...`)", pos);
        }
        SqlParserPos unclosed = unclosedQuote(sql, '\'');
        if (unclosed != null) {
            return new Problem("unclosed string literal; strings end with a single quote (')", unclosed);
        }
        unclosed = unclosedQuote(sql, '`');
        if (unclosed != null) {
            return new Problem("unclosed quoted name; names quoted with ` end with `", unclosed);
        }
        return new Problem(rest.isEmpty() ? "unexpected end of input" : "unexpected character '"
                + rest.charAt(0) + "'", pos);
    }

    /** Where an unclosed quote of the given kind starts, or null; the other quote kind is skipped. */
    private static SqlParserPos unclosedQuote(String sql, char quote) {
        char open = 0;
        int line = 1;
        int column = 0;
        int startLine = 0;
        int startColumn = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (open == 0 && (c == '\'' || c == '`')) {
                open = c;
                startLine = line;
                startColumn = column;
            } else if (open != 0 && c == open) {
                open = 0;
            }
        }
        return open == quote ? new SqlParserPos(startLine, startColumn) : null;
    }

    private static String textFrom(String sql, SqlParserPos pos) {
        String[] lines = sql.split("\n", -1);
        if (pos.getLineNum() < 1 || pos.getLineNum() > lines.length) {
            return "";
        }
        String line = lines[pos.getLineNum() - 1];
        int index = Math.max(0, pos.getColumnNum() - 1);
        return index >= line.length() ? "" : line.substring(index);
    }

    private static String expected(SqlParseException e, Set<String> known) {
        Set<String> expected = known == null ? expectedTokens(e) : known;
        if (expected.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>(expected).subList(0, Math.min(MAX_EXPECTED, expected.size()));
        return ". Expected one of: " + String.join(", ", shown) + (expected.size() > MAX_EXPECTED ? ", …" : "");
    }

    /** The first token of each expected sequence, readable, without duplicates, in grammar order. */
    private static Set<String> expectedTokens(SqlParseException e) {
        Set<String> names = new LinkedHashSet<>();
        int[][] sequences = e.getExpectedTokenSequences();
        String[] images = e.getTokenImages();
        if (sequences == null || images == null) {
            return names;
        }
        Set<String> punctuation = new LinkedHashSet<>();
        for (int[] sequence : sequences) {
            if (sequence.length > 0) {
                String name = readable(images[sequence[0]]);
                if (name == null) {
                    continue;
                }
                if (name.equals(",") || name.equals(")")) {
                    punctuation.add("'" + name + "'");
                } else if (!Character.isLetter(name.charAt(0))) {
                    names.add("'" + name + "'");
                } else if (!name.equals("UESCAPE")) {
                    names.add(name);
                }
            }
        }
        punctuation.addAll(names);
        return punctuation;
    }

    private static String readable(String image) {
        if (image.startsWith("\"") && image.endsWith("\"") && image.length() > 2) {
            return image.substring(1, image.length() - 1);
        }
        return switch (image) {
            case "<IDENTIFIER>", "<BACK_QUOTED_IDENTIFIER>", "<QUOTED_IDENTIFIER>" -> "identifier";
            case "<QUOTED_STRING>" -> "string literal";
            case "<UNSIGNED_INTEGER_LITERAL>", "<DECIMAL_NUMERIC_LITERAL>" -> "number";
            case "<EOF>" -> "end of input";
            default -> null;
        };
    }

    private static boolean isReserved(String upper) {
        return METADATA.isReservedWord(upper);
    }

    private static final org.apache.calcite.sql.parser.SqlAbstractParserImpl.Metadata METADATA =
            new EddySqlParserImpl(new java.io.StringReader("")).getMetadata();

    /** True when the two words differ by one edit or one swap of neighbours (FORM vs FROM). */
    private static boolean isTypo(String word, String candidate) {
        if (Math.abs(word.length() - candidate.length()) > 1) {
            return false;
        }
        int[][] d = new int[word.length() + 1][candidate.length() + 1];
        for (int i = 0; i <= word.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= candidate.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= word.length(); i++) {
            for (int j = 1; j <= candidate.length(); j++) {
                int cost = word.charAt(i - 1) == candidate.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && word.charAt(i - 1) == candidate.charAt(j - 2)
                        && word.charAt(i - 2) == candidate.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[word.length()][candidate.length()] <= 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid SQL";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
