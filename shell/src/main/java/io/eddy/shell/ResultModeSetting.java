package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The result mode of one shell session. It starts at the session's default (Flink's: {@code table}
 * at the prompt, {@code tableau} for {@code -f}, {@code -e} and standard input) and follows the
 * {@code SET} and {@code RESET} statements of {@link ResultMode#KEY} that succeed. The statements
 * still go to the engine, which keeps the option for clients that ask.
 */
public final class ResultModeSetting {

    private static final String QUOTED_OR_BARE = "(?:'((?:[^']|'')*)'|([^\\s=;']+))";
    private static final Pattern SET = Pattern.compile(
            "SET\\s+" + QUOTED_OR_BARE + "\\s*=\\s*" + QUOTED_OR_BARE + "\\s*;?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RESET = Pattern.compile(
            "RESET(?:\\s+" + QUOTED_OR_BARE + ")?\\s*;?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ResultMode defaultMode;
    private volatile ResultMode current;

    public ResultModeSetting(ResultMode defaultMode) {
        this.defaultMode = requireNonNull(defaultMode, "defaultMode is null");
        this.current = defaultMode;
    }

    /** The mode queries are shown in now. */
    public ResultMode current() {
        return current;
    }

    /**
     * Checks a statement before it runs.
     *
     * @return the one-line error when the statement sets the result mode to an unknown value
     */
    public Optional<String> check(String statement) {
        Matcher set = SET.matcher(statement.strip());
        if (set.matches() && isResultModeKey(set, 1)) {
            String value = group(set, 3);
            if (ResultMode.parse(value).isEmpty()) {
                return Optional.of(ResultMode.invalidValueMessage(value));
            }
        }
        return Optional.empty();
    }

    /** Follows a statement that succeeded: a {@code SET} or {@code RESET} of the result mode. */
    public void afterSuccess(String statement) {
        String text = statement.strip();
        Matcher set = SET.matcher(text);
        if (set.matches()) {
            if (isResultModeKey(set, 1)) {
                ResultMode.parse(group(set, 3)).ifPresent(mode -> current = mode);
            }
            return;
        }
        Matcher reset = RESET.matcher(text);
        if (reset.matches() && (group(reset, 1) == null || isResultModeKey(reset, 1))) {
            current = defaultMode;
        }
    }

    private static boolean isResultModeKey(Matcher matcher, int firstGroup) {
        String key = group(matcher, firstGroup);
        return key != null && key.strip().toLowerCase(Locale.ROOT).equals(ResultMode.KEY);
    }

    /** The value of a quoted-or-bare pair of groups starting at {@code first}, unquoted. */
    private static String group(Matcher matcher, int first) {
        String quoted = matcher.group(first);
        return quoted != null ? quoted.replace("''", "'") : matcher.group(first + 1);
    }

    @Override
    public String toString() {
        return ResultMode.KEY + "=" + current + " (default " + defaultMode + ")";
    }
}
