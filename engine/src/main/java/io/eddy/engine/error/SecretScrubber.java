package io.eddy.engine.error;

import io.eddy.catalog.SecretOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the values of secret options from error texts. The values are taken from the
 * statement itself: every {@code 'key' = 'value'} pair (also without {@code =}, as in a mistyped
 * statement) whose key {@link SecretOptions#isSecret is secret}. A last line of defence for
 * messages that quote the statement, such as syntax errors.
 */
final class SecretScrubber {

    private static final Pattern OPTION =
            Pattern.compile("'((?:[^']|'')*)'\\s*=?\\s*'((?:[^']|'')*)'");

    private final List<String> secrets;

    private SecretScrubber(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** A scrubber for the secrets written in {@code statement} (which may be null). */
    static SecretScrubber of(String statement) {
        List<String> secrets = new ArrayList<>();
        if (statement != null) {
            Matcher matcher = OPTION.matcher(statement);
            while (matcher.find()) {
                String value = matcher.group(2).replace("''", "'");
                if (SecretOptions.isSecret(matcher.group(1)) && !value.isEmpty()) {
                    secrets.add(value);
                }
            }
        }
        return new SecretScrubber(secrets);
    }

    /** {@code text} with every secret value replaced by the mask; null stays null. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, SecretOptions.MASK);
        }
        return scrubbed;
    }
}
