package io.eddy.jdbc.spi;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE} patterns as regular expressions: {@code %} any text, {@code _} one character,
 * {@code \} escapes the next character. Shared by the driver (JDBC metadata name patterns) and
 * engines ({@code SHOW ... LIKE 'pattern'}), which read patterns the same way.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The regular expression that matches exactly the names {@code like} matches. */
    public static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
