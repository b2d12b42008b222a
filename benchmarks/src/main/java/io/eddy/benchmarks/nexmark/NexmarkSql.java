package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the Nexmark suite as {@code nexmark/queries} holds it: the query files {@code qN.sql}
 * (one SELECT each) and the DDL files {@code ddl-*.sql} with {@code ${NAME}} placeholders.
 *
 * @param queriesDirectory the {@code nexmark/queries} folder
 */
public record NexmarkSql(Path queriesDirectory) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    public NexmarkSql {
        requireNonNull(queriesDirectory, "queriesDirectory is null");
    }

    /** The SELECT of query {@code name} (q0, q5, ...), without comments or the final semicolon. */
    public String query(String name) {
        List<String> statements = statements(read(name + ".sql"));
        if (statements.size() != 1) {
            throw new IllegalArgumentException("Query file " + queriesDirectory.resolve(name + ".sql")
                    + " holds " + statements.size() + " statements, expected one SELECT");
        }
        return statements.get(0);
    }

    /** The statements of DDL file {@code ddl-<name>.sql} with its placeholders replaced by {@code values}. */
    public List<String> ddl(String name, Map<String, String> values) {
        String file = "ddl-" + name + ".sql";
        return statements(substitute(read(file), values, file));
    }

    /** Replaces every {@code ${NAME}}; a placeholder without a value is an error naming the file. */
    static String substitute(String text, Map<String, String> values, String file) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for placeholder ${" + matcher.group(1) + "} in " + file);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    /** Splits a script into statements at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private String read(String file) {
        Path path = queriesDirectory.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No file " + path + ". Hint: --nexmark-dir names the folder holding queries/");
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
