package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the Nexmark suite as {@code nexmark/queries} holds it: the query files {@code qN.sql}
 * (CREATE VIEW and CREATE FUNCTION statements, then one SELECT) and the DDL files {@code ddl-*.sql} with {@code ${NAME}} placeholders.
 *
 * @param queriesDirectory the {@code nexmark/queries} folder
 */
public record NexmarkSql(Path queriesDirectory) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    public NexmarkSql {
        requireNonNull(queriesDirectory, "queriesDirectory is null");
    }

    /** The SELECT of query {@code name} (q0, q5, ...): its file's last statement, without comments or semicolon. */
    public String query(String name) {
        List<String> statements = queryFile(name);
        return statements.get(statements.size() - 1);
    }

    /**
     * The views and functions query {@code name} defines before its SELECT (q12's view with a PROCTIME() column,
     * q14's function), in order.
     */
    public List<String> views(String name) {
        List<String> statements = queryFile(name);
        return statements.subList(0, statements.size() - 1);
    }

    /** A query file's statements: CREATE VIEW and CREATE FUNCTION statements, then one SELECT. */
    private List<String> queryFile(String name) {
        List<String> statements = statements(read(name + ".sql"));
        Path file = queriesDirectory.resolve(name + ".sql");
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("Query file " + file + " holds no statement, expected a SELECT");
        }
        for (String view : statements.subList(0, statements.size() - 1)) {
            if (!view.toUpperCase(Locale.ROOT).matches("CREATE\\s+(TEMPORARY\\s+(SYSTEM\\s+)?)?(VIEW|FUNCTION)\\s[\\s\\S]*")) {
                throw new IllegalArgumentException("Query file " + file + " holds " + statements.size()
                        + " statements, expected CREATE VIEW or CREATE FUNCTION statements and then one SELECT");
            }
        }
        return statements;
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
