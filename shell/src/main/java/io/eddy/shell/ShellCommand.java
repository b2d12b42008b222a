package io.eddy.shell;

import java.util.Locale;
import java.util.Optional;

/** The commands the shell answers itself instead of sending them to the engine. */
public enum ShellCommand {
    /** Lists statements and commands. */
    HELP,
    /** Leaves the shell ({@code QUIT} or {@code EXIT}). */
    QUIT;

    /** The text {@code HELP;} prints. */
    public static final String HELP_TEXT = String.join("\n",
            "Statements (Flink SQL; end each with ';', a statement may span lines):",
            "  CREATE TABLE | VIEW | FUNCTION | DATABASE | CATALOG ...    DROP ...    ALTER ...",
            "  SELECT ...                      run a query; its changes show as they arrive",
            "  INSERT INTO ... SELECT ...      submit a job",
            "  EXECUTE STATEMENT SET BEGIN INSERT ...; INSERT ...; END;",
            "  SHOW CATALOGS | DATABASES | TABLES | VIEWS | FUNCTIONS | JOBS",
            "  SHOW CREATE TABLE t;   DESCRIBE t;   EXPLAIN ...",
            "  USE CATALOG c;   USE d;   SET 'key' = 'value';   RESET 'key';",
            "  SET 'sql-client.execution.result-mode' = 'table' | 'changelog' | 'tableau';",
            "                                  how queries show: a live table, every change, or printed rows",
            "",
            "Shell commands:",
            "  HELP;                           show this help",
            "  QUIT; or EXIT;                  leave the shell (Ctrl-D too)",
            "",
            "Keys: Ctrl-C cancels the running statement; q or Ctrl-C leaves a table or changelog view;",
            "      Tab completes keywords and names;",
            "      Up/Down and Ctrl-R search the history.");

    /** The command a statement stands for, if it is one (case-insensitive, blanks ignored). */
    public static Optional<ShellCommand> of(String statement) {
        String word = statement.strip().toUpperCase(Locale.ROOT);
        if (word.endsWith(";")) {
            word = word.substring(0, word.length() - 1).strip();
        }
        return switch (word) {
            case "HELP" -> Optional.of(HELP);
            case "QUIT", "EXIT" -> Optional.of(QUIT);
            default -> Optional.empty();
        };
    }
}
