package io.eddy.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at semicolons, with a small lexer that knows Flink SQL's
 * quoting: semicolons inside {@code 'strings'} (with {@code ''} escapes), {@code `identifiers`},
 * {@code "identifiers"}, {@code -- line comments} and {@code /* block comments *}{@code /} do not
 * end a statement. {@code EXECUTE STATEMENT SET BEGIN ...; ...; END;} is one statement (its inner
 * semicolons belong to it, and the {@code END} of a {@code CASE} inside does not close it);
 * {@code BEGIN STATEMENT SET;} and {@code END;} are statements of their own.
 *
 * <p>A statement starts at its first token: comments before it are dropped, comments inside it
 * stay. Statements that hold only comments are dropped. The text after the last semicolon is the
 * {@link Result#remainder()}: an unfinished statement in the shell, a final statement without a
 * semicolon in a script.
 */
public final class ScriptSplitter {

    private static final List<String> STATEMENT_SET_HEAD = List.of("EXECUTE", "STATEMENT", "SET", "BEGIN");

    /**
     * The statements of a text and what follows the last one.
     *
     * @param statements the complete statements, each ended by a semicolon
     * @param remainder the statement after the last semicolon, or null when only blanks and
     *     comments follow it
     */
    public record Result(List<ScriptStatement> statements, ScriptStatement remainder) {
        public Result {
            statements = List.copyOf(statements);
        }

        /** Every statement, the remainder last (a script's final statement needs no semicolon). */
        public List<ScriptStatement> all() {
            List<ScriptStatement> all = new ArrayList<>(statements);
            if (remainder != null) {
                all.add(remainder);
            }
            return List.copyOf(all);
        }
    }

    private ScriptSplitter() {
    }

    /**
     * Whether nothing but blanks or comments follows the last semicolon, outside any string,
     * quoted identifier or block comment: the shell can run the text.
     */
    public static boolean isComplete(String text) {
        Lexer lexer = new Lexer(text).run();
        return lexer.current() == null && !lexer.openToken;
    }

    /** Splits a text into statements. */
    public static Result split(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return new Result(lexer.statements, lexer.current());
    }

    /** One pass over the text. */
    private static final class Lexer {
        private final String text;
        private final List<ScriptStatement> statements = new ArrayList<>();
        private final List<String> leadingWords = new ArrayList<>();
        private int position;
        private int line = 1;
        private int column = 1;
        private int start = -1;
        private int startLine;
        private int startColumn;
        private boolean hasCode;
        private String lastWord = "";
        private int openCases;
        private boolean openToken;

        Lexer(String text) {
            this.text = text;
        }

        Lexer run() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == ';' && !insideStatementSet()) {
                    finish(position);
                    advance();
                    continue;
                }
                boolean comment = (c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*');
                if (!comment && !Character.isWhitespace(c) && start < 0) {
                    start = position;
                    startLine = line;
                    startColumn = column;
                }
                if (c == '-' && peek(1) == '-') {
                    skipUntil("\n", false);
                } else if (c == '/' && peek(1) == '*') {
                    advance();
                    advance();
                    skipUntil("*/", true);
                } else if (c == '\'' || c == '`' || c == '"') {
                    hasCode = true;
                    lastWord = "";
                    quoted(c);
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    hasCode = true;
                    word();
                } else {
                    if (!Character.isWhitespace(c)) {
                        hasCode = true;
                        lastWord = String.valueOf(c);
                        if (leadingWords.size() < STATEMENT_SET_HEAD.size()) {
                            leadingWords.add(lastWord);
                        }
                    }
                    advance();
                }
            }
            return this;
        }

        private boolean insideStatementSet() {
            return leadingWords.equals(STATEMENT_SET_HEAD) && !lastWord.equals("END");
        }

        private void word() {
            int begin = position;
            while (position < text.length()
                    && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                advance();
            }
            lastWord = text.substring(begin, position).toUpperCase(Locale.ROOT);
            if (lastWord.equals("CASE")) {
                openCases++;
            } else if (lastWord.equals("END") && openCases > 0) {
                openCases--;
                lastWord = "END CASE";
            }
            if (leadingWords.size() < STATEMENT_SET_HEAD.size()) {
                leadingWords.add(lastWord);
            }
        }

        private void quoted(char quote) {
            advance();
            while (position < text.length()) {
                char c = text.charAt(position);
                advance();
                if (c == quote) {
                    if (peek(0) == quote) {
                        advance();
                    } else {
                        return;
                    }
                }
            }
            openToken = true;
        }

        private void skipUntil(String end, boolean consumeEnd) {
            int index = text.indexOf(end, position);
            if (index < 0) {
                openToken = consumeEnd;
                index = text.length();
            } else if (consumeEnd) {
                index += end.length();
            }
            while (position < index) {
                advance();
            }
        }

        private char peek(int offset) {
            int index = position + offset;
            return index < text.length() ? text.charAt(index) : '\0';
        }

        private void advance() {
            if (text.charAt(position) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            position++;
        }

        private void finish(int end) {
            ScriptStatement statement = statement(end);
            if (statement != null) {
                statements.add(statement);
            }
            start = -1;
            hasCode = false;
            lastWord = "";
            openCases = 0;
            leadingWords.clear();
        }

        private ScriptStatement statement(int end) {
            if (start < 0 || !hasCode) {
                return null;
            }
            return new ScriptStatement(text.substring(start, end).stripTrailing(), startLine, startColumn);
        }

        ScriptStatement current() {
            return statement(text.length());
        }
    }
}
