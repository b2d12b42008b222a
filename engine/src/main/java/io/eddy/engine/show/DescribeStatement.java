package io.eddy.engine.show;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.TableLookup;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.SqlQuoting;
import io.eddy.engine.StatementContext;
import io.eddy.engine.ddl.Positions;
import io.eddy.engine.result.Columns;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.dql.SqlShowColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code DESCRIBE x} and {@code SHOW COLUMNS FROM x [[NOT] LIKE 'p']}: one row per column with
 * Flink's columns {@code name}, {@code type} (with {@code *ROWTIME*} markers, nullability in its
 * own column), {@code null}, {@code key} ({@code PRI(a, b)}), {@code extras} (the computed
 * expression or metadata source) and {@code watermark}.
 */
public final class DescribeStatement {

    private static final List<ResultColumn> COLUMNS = List.of(Columns.string("name", false),
            Columns.string("type", false), Columns.bool("null", false), Columns.string("key", true),
            Columns.string("extras", true), Columns.string("watermark", true));

    private DescribeStatement() {
    }

    public static StatementResult describe(List<String> name, SqlNode node, StatementContext context) {
        return new RowsResult(COLUMNS, rows(schema(name, node, context), Optional.empty()));
    }

    public static StatementResult showColumns(SqlShowColumns show, StatementContext context) {
        List<String> name = show.scope().orElseThrow();
        TableSchema schema = schema(name, show, context);
        return new RowsResult(COLUMNS, rows(schema, Optional.of(show)));
    }

    private static TableSchema schema(List<String> name, SqlNode node, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        TableLookup lookup = Positions.get(node, () -> catalogs.getTable(catalogs.qualify(name)));
        return lookup.table().schema();
    }

    private static List<ResultRow> rows(TableSchema schema, Optional<SqlShowColumns> show) {
        List<String> names = show.map(s -> LikePatterns.filter(schema.columnNames(), s.like()))
                .orElse(schema.columnNames());
        String key = schema.primaryKey().map(DescribeStatement::key).orElse(null);
        List<ResultRow> rows = new ArrayList<>();
        for (Column column : schema.columns()) {
            if (!names.contains(column.name())) {
                continue;
            }
            boolean keyColumn = schema.primaryKey().map(k -> k.columns().contains(column.name())).orElse(false);
            String watermark = schema.watermark().filter(w -> w.rowtimeColumn().equals(column.name()))
                    .map(w -> w.expression()).orElse(null);
            rows.add(ResultRow.insert(column.name(), column.type().nullableCopy().asSummaryString(),
                    column.type().nullable(), keyColumn ? key : null, extras(column), watermark));
        }
        return rows;
    }

    private static String key(PrimaryKey key) {
        return "PRI(" + String.join(", ", key.columns()) + ")";
    }

    private static String extras(Column column) {
        if (column instanceof Column.ComputedColumn computed) {
            return "AS " + computed.expression();
        }
        if (column instanceof Column.MetadataColumn metadata) {
            return "METADATA" + metadata.metadataKey().map(k -> " FROM " + SqlQuoting.literal(k)).orElse("")
                    + (metadata.virtual() ? " VIRTUAL" : "");
        }
        return null;
    }
}
