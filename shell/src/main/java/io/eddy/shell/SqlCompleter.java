package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes SQL keywords and the names of catalogs, databases and tables, fetched through JDBC
 * ({@code SHOW CATALOGS}, {@code SHOW DATABASES}, {@code SHOW TABLES}) on the first Tab and again
 * after a statement that may change them ({@code CREATE}, {@code DROP}, {@code ALTER}, {@code USE}).
 */
public final class SqlCompleter implements Completer {

    static final List<String> KEYWORDS = List.of(
            "ADD", "ALL", "ALTER", "AND", "ARRAY", "AS", "ASC", "BEGIN", "BETWEEN", "BIGINT", "BOOLEAN", "BY",
            "BYTES", "CASE", "CAST", "CATALOG", "CATALOGS", "CHAR", "COLUMNS", "COMMENT", "COUNT", "CREATE",
            "CROSS", "CUMULATE", "CURRENT", "DATABASE", "DATABASES", "DATE", "DECIMAL", "DESC", "DESCRIBE",
            "DESCRIPTOR", "DISTINCT", "DOUBLE", "DROP", "ELSE", "END", "ENFORCED", "EXECUTE", "EXISTS", "EXPLAIN",
            "FALSE", "FLOAT", "FOR", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "GROUP", "HAVING", "HELP", "HOP", "IF",
            "IN", "INNER", "INSERT", "INT", "INTERVAL", "INTO", "IS", "JOBS", "JOIN", "KEY", "LATERAL", "LEFT",
            "LIKE", "LIMIT", "MAP", "MATCH_RECOGNIZE", "METADATA", "NOT", "NULL", "ON", "OR", "ORDER", "OVER",
            "OVERWRITE", "PARTITION", "PARTITIONED", "PRIMARY", "PROCTIME", "QUIT", "RESET", "RIGHT", "ROW",
            "ROW_NUMBER", "SECOND", "SELECT", "SESSION", "SET", "SHOW", "SMALLINT", "STATEMENT", "STRING",
            "SYSTEM_TIME", "TABLE", "TABLES", "TEMPORARY", "THEN", "TIME", "TIMESTAMP", "TIMESTAMP_LTZ", "TINYINT",
            "TRUE", "TUMBLE", "UNION", "USE", "VALUES", "VARCHAR", "VIEW", "VIEWS", "VIRTUAL", "WATERMARK", "WHEN",
            "WHERE", "WINDOW", "WITH");

    private final Connection connection;
    private volatile Set<String> names;

    public SqlCompleter(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
        for (String keyword : KEYWORDS) {
            String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
            candidates.add(new Candidate(text, text, "keyword", null, null, null, true));
        }
        for (String name : names()) {
            candidates.add(new Candidate(name, name, "name", null, null, null, true));
        }
    }

    /** Forgets the names so that the next completion fetches them again. */
    public void invalidate() {
        names = null;
    }

    /** Marks the names stale when a statement may have changed them. */
    public void afterStatement(ScriptStatement statement) {
        String head = statement.text().strip().toUpperCase(Locale.ROOT);
        if (head.startsWith("CREATE") || head.startsWith("DROP") || head.startsWith("ALTER") || head.startsWith("USE")) {
            invalidate();
        }
    }

    /** The catalog, database and table names, fetched when missing; errors leave them empty. */
    Set<String> names() {
        Set<String> current = names;
        if (current == null) {
            current = new TreeSet<>();
            fetch("SHOW CATALOGS", current);
            fetch("SHOW DATABASES", current);
            fetch("SHOW TABLES", current);
            names = current;
        }
        return current;
    }

    private void fetch(String sql, Set<String> into) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (name != null) {
                    into.add(name);
                }
            }
        } catch (SQLException e) {
            // completion is a convenience: an engine without the statement just offers fewer names
        }
    }
}
