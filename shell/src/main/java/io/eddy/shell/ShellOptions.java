package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The command line of {@code bin/eddy}.
 *
 * @param url the JDBC URL ({@code -u}, {@code --url}; default {@code jdbc:eddy:})
 * @param properties connection properties from {@code -D key=value}
 * @param file the script to run and exit ({@code -f}), or null
 * @param statements the statements to run and exit ({@code -e}), or null
 * @param initFile the script to run before the prompt ({@code -i}), or null
 * @param verbose whether errors show stack traces
 * @param demoTables whether the prompt of the embedded engine starts with the built-in Nexmark
 *     tables ({@code --no-demo} turns them off)
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 */
public record ShellOptions(
        String url, Map<String, String> properties, String file, String statements, String initFile,
        boolean verbose, boolean demoTables, boolean help, boolean version) {

    /** The default JDBC URL: the embedded engine. */
    public static final String DEFAULT_URL = "jdbc:eddy:";

    /** The text of {@code --help}. */
    public static final String USAGE = String.join("\n",
            "Usage: eddy [options]",
            "",
            "Starts the Eddy SQL shell. Without -f or -e it shows a prompt on a terminal, or runs the",
            "statements read from standard input when that is not a terminal.",
            "",
            "Options:",
            "  -f, --file FILE       run the statements in FILE, stop at the first error, and exit",
            "  -e, --execute SQL     run the statements in SQL (separated by ';') and exit",
            "  -i, --init FILE       run the statements in FILE, then show the prompt",
            "  -u, --url URL         JDBC URL to connect to (default jdbc:eddy:, the embedded engine)",
            "  -D KEY=VALUE          connection property (repeatable), e.g. -D catalog.dir=/data",
            "      --verbose         show stack traces of errors",
            "      --no-demo         start the prompt without the built-in tables bids, auctions, persons",
            "      --version         print the version and exit",
            "  -h, --help            print this help and exit",
            "",
            "Exit status: 0 when every statement succeeded, 1 otherwise.",
            "Environment: EDDY_HOME (history in $EDDY_HOME/history, default ~/.eddy),",
            "             EDDY_JAVA_OPTS, EDDY_CLASSPATH and JAVA_HOME (read by bin/eddy).");

    public ShellOptions {
        requireNonNull(url, "url is null");
        properties = Map.copyOf(requireNonNull(properties, "properties is null"));
    }

    /** Parses the arguments; throws {@link IllegalArgumentException} with a one-line message. */
    public static ShellOptions parse(String[] args) {
        String url = DEFAULT_URL;
        Map<String, String> properties = new LinkedHashMap<>();
        String file = null;
        String statements = null;
        String initFile = null;
        boolean verbose = false;
        boolean demoTables = true;
        boolean help = false;
        boolean version = false;
        List<String> arguments = new ArrayList<>(List.of(args));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "-f", "--file" -> file = value(arguments, ++i, argument);
                case "-e", "--execute" -> statements = value(arguments, ++i, argument);
                case "-i", "--init" -> initFile = value(arguments, ++i, argument);
                case "-u", "--url" -> url = value(arguments, ++i, argument);
                case "-D" -> property(value(arguments, ++i, argument), properties);
                case "--verbose" -> verbose = true;
                case "--no-demo" -> demoTables = false;
                case "-h", "--help" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (argument.startsWith("-D") && argument.length() > 2) {
                        property(argument.substring(2), properties);
                    } else {
                        throw new IllegalArgumentException("Unknown argument '" + argument + "' (see eddy --help)");
                    }
                }
            }
        }
        if (file != null && statements != null) {
            throw new IllegalArgumentException("Use either -f or -e, not both");
        }
        return new ShellOptions(url, properties, file, statements, initFile, verbose, demoTables, help,
                version);
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException("Option " + option + " needs a value (see eddy --help)");
        }
        return arguments.get(index);
    }

    private static void property(String assignment, Map<String, String> properties) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("Expected -D key=value, got '" + assignment + "'");
        }
        properties.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }

    /** The connection properties as JDBC wants them. */
    public Properties connectionProperties() {
        Properties result = new Properties();
        result.putAll(properties);
        return result;
    }
}
