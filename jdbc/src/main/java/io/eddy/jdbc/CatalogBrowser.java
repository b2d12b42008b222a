package io.eddy.jdbc;

import io.eddy.jdbc.spi.LikePattern;
import io.eddy.jdbc.spi.ListResultStream;
import static io.eddy.jdbc.SessionQueries.quote;
import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link DatabaseMetaData} results that browse catalogs, built from {@code SHOW CATALOGS},
 * {@code SHOW DATABASES FROM c}, {@code SHOW TABLES FROM c.d}, {@code SHOW VIEWS FROM c.d} and
 * {@code DESCRIBE c.d.t} run through the session. Name patterns use JDBC's {@code %} and
 * {@code _} with {@code \} as escape; a null pattern matches everything.
 */
final class CatalogBrowser {

    private static final String TABLE = "TABLE";
    private static final String VIEW = "VIEW";

    private final SessionQueries queries;

    CatalogBrowser(SessionQueries queries) {
        this.queries = requireNonNull(queries, "queries is null");
    }

    ResultSet catalogs() throws SQLException {
        List<ResultRow> rows = new ArrayList<>();
        for (String catalog : sorted(queries.firstColumn("SHOW CATALOGS"))) {
            rows.add(ResultRow.insert(catalog));
        }
        return result(List.of(text("TABLE_CAT")), rows);
    }

    ResultSet tableTypes() {
        return result(List.of(text("TABLE_TYPE")), List.of(ResultRow.insert(TABLE), ResultRow.insert(VIEW)));
    }

    ResultSet schemas(String catalog, String schemaPattern) throws SQLException {
        List<ResultRow> rows = new ArrayList<>();
        for (String[] schema : schemas(catalog, compile(schemaPattern))) {
            rows.add(ResultRow.insert(schema[1], schema[0]));
        }
        return result(List.of(text("TABLE_SCHEM"), text("TABLE_CATALOG")), rows);
    }

    ResultSet tables(String catalog, String schemaPattern, String tablePattern, String[] types)
            throws SQLException {
        Set<String> wanted = types == null ? Set.of(TABLE, VIEW) : new HashSet<>(Arrays.asList(types));
        Pattern tableMatcher = compile(tablePattern);
        List<ResultRow> rows = new ArrayList<>();
        for (String[] schema : schemas(catalog, compile(schemaPattern))) {
            for (String[] table : tables(schema, tableMatcher)) {
                if (wanted.contains(table[1])) {
                    rows.add(ResultRow.insert(schema[0], schema[1], table[0], table[1],
                            "", null, null, null, null, null));
                }
            }
        }
        return result(List.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("TABLE_TYPE"),
                text("REMARKS"), text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
                text("SELF_REFERENCING_COL_NAME"), text("REF_GENERATION")), rows);
    }

    ResultSet columns(String catalog, String schemaPattern, String tablePattern, String columnPattern)
            throws SQLException {
        Pattern tableMatcher = compile(tablePattern);
        Pattern columnMatcher = compile(columnPattern);
        List<ResultRow> rows = new ArrayList<>();
        for (String[] schema : schemas(catalog, compile(schemaPattern))) {
            for (String[] table : tables(schema, tableMatcher)) {
                String qualified = quote(schema[0]) + "." + quote(schema[1]) + "." + quote(table[0]);
                int position = 0;
                for (ResultRow described : queries.rows("DESCRIBE " + qualified)) {
                    position++;
                    String name = String.valueOf(described.value(0));
                    if (columnMatcher.matcher(name).matches()) {
                        rows.add(columnRow(schema, table[0], position, described));
                    }
                }
            }
        }
        return result(List.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
                integer("DATA_TYPE"), text("TYPE_NAME"), integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"),
                integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"), integer("NULLABLE"), text("REMARKS"),
                text("COLUMN_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"),
                integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"),
                text("SCOPE_CATALOG"), text("SCOPE_SCHEMA"), text("SCOPE_TABLE"), shortInteger("SOURCE_DATA_TYPE"),
                text("IS_AUTOINCREMENT"), text("IS_GENERATEDCOLUMN")), rows);
    }

    /**
     * The primary key of a table, from the {@code key} column of {@code DESCRIBE} ({@code PRI(a, b)});
     * a null catalog or schema means the session's current one.
     */
    ResultSet primaryKeys(String catalog, String schema, String table) throws SQLException {
        if (table == null) {
            throw new SQLException("table is null", "HY009");
        }
        String catalogName = catalog != null ? catalog : queries.single("SHOW CURRENT CATALOG");
        String schemaName = schema != null ? schema : queries.single("SHOW CURRENT DATABASE");
        List<String> key = List.of();
        for (ResultRow described : queries.rows("DESCRIBE " + quote(catalogName) + "." + quote(schemaName)
                + "." + quote(table))) {
            Object keyText = described.size() > 3 ? described.value(3) : null;
            if (keyText != null && keyText.toString().startsWith("PRI(") && keyText.toString().endsWith(")")) {
                String inside = keyText.toString();
                key = Arrays.stream(inside.substring(4, inside.length() - 1).split(","))
                        .map(String::strip).toList();
                break;
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            rows.add(ResultRow.insert(catalogName, schemaName, table, key.get(i), (short) (i + 1), null));
        }
        rows.sort((left, right) -> ((String) left.value(3)).compareTo((String) right.value(3)));
        return result(List.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
                shortInteger("KEY_SEQ"), text("PK_NAME")), rows);
    }

    /** One getColumns row from a DESCRIBE row: name, type, null, key, extras, watermark. */
    private static ResultRow columnRow(String[] schema, String table, int position, ResultRow described) {
        String name = String.valueOf(described.value(0));
        boolean nullable = described.size() < 3 || isTrue(described.value(2));
        ResultColumn column = JdbcTypes.column(name, String.valueOf(described.value(1)), nullable);
        String extras = described.size() > 4 && described.value(4) != null ? described.value(4).toString() : "";
        boolean generated = extras.toUpperCase(Locale.ROOT).startsWith("AS ");
        boolean numeric = switch (column.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.DOUBLE,
                    Types.DECIMAL -> true;
            default -> false;
        };
        return ResultRow.insert(schema[0], schema[1], table, name,
                column.jdbcType(), column.typeName(), column.precision(), null,
                column.jdbcType() == Types.DECIMAL ? column.scale() : null, numeric ? 10 : null,
                column.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
                extras.isEmpty() ? null : extras, null, null, null,
                column.jdbcType() == Types.VARCHAR || column.jdbcType() == Types.CHAR ? column.precision() : null,
                position, column.nullable() ? "YES" : "NO", null, null, null, null,
                "NO", generated ? "YES" : "NO");
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : "TRUE".equalsIgnoreCase(String.valueOf(value));
    }

    /** The (catalog, database) pairs selected by a catalog name and a database pattern. */
    private List<String[]> schemas(String catalog, Pattern schemaMatcher) throws SQLException {
        List<String> catalogs = catalog == null ? sorted(queries.firstColumn("SHOW CATALOGS")) : List.of(catalog);
        List<String[]> schemas = new ArrayList<>();
        for (String catalogName : catalogs) {
            if (catalogName.isEmpty()) {
                continue;
            }
            for (String database : sorted(queries.firstColumn("SHOW DATABASES FROM " + quote(catalogName)))) {
                if (schemaMatcher.matcher(database).matches()) {
                    schemas.add(new String[] {catalogName, database});
                }
            }
        }
        return schemas;
    }

    /** The (name, type) pairs of a database's tables and views that match the pattern. */
    private List<String[]> tables(String[] schema, Pattern tableMatcher) throws SQLException {
        String database = quote(schema[0]) + "." + quote(schema[1]);
        Set<String> views = new HashSet<>(queries.firstColumn("SHOW VIEWS FROM " + database));
        List<String[]> tables = new ArrayList<>();
        for (String table : sorted(queries.firstColumn("SHOW TABLES FROM " + database))) {
            if (tableMatcher.matcher(table).matches()) {
                tables.add(new String[] {table, views.contains(table) ? VIEW : TABLE});
            }
        }
        return tables;
    }

    /** A JDBC name pattern as a regular expression; a null pattern matches every name. */
    static Pattern compile(String pattern) {
        return pattern == null ? Pattern.compile(".*", Pattern.DOTALL) : LikePattern.compile(pattern);
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>();
        for (String name : names) {
            if (name != null) {
                copy.add(name);
            }
        }
        copy.sort(null);
        return copy;
    }

    private static ResultSet result(List<ResultColumn> columns, List<ResultRow> rows) {
        return new StreamResultSet(null, new ListResultStream(columns, rows), 0);
    }

    private static ResultColumn text(String name) {
        return new ResultColumn(name, "STRING", Types.VARCHAR, true, Integer.MAX_VALUE, 0);
    }

    private static ResultColumn integer(String name) {
        return new ResultColumn(name, "INT", Types.INTEGER, true, 10, 0);
    }

    private static ResultColumn shortInteger(String name) {
        return new ResultColumn(name, "SMALLINT", Types.SMALLINT, true, 5, 0);
    }
}
