package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.RowType;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.planner.ValidatedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [TEMPORARY] VIEW [IF NOT EXISTS] name [(columns)] AS query} and {@code DROP VIEW}.
 * The query is validated; the view keeps the query as written and, expanded with fully qualified
 * names, the query it runs.
 */
public final class ViewStatements {

    private ViewStatements() {
    }

    public static StatementResult create(SqlCreateView create, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = TableStatements.qualify(create, create.fullName(), catalogs);
        String original = EddySqlParser.toSql(create.query());
        ValidatedQuery query = context.planner().validateQuery(create.query());
        String expanded = EddySqlParser.toSql(query.validated());
        CatalogView view = new CatalogView(schema(create, query.rowType()), original, expanded,
                Optional.ofNullable(create.comment()));
        Positions.run(create, () -> {
            if (create.isTemporary()) {
                catalogs.createTemporaryTable(id, view, create.ifNotExists());
            } else {
                catalogs.createTable(id, view, create.ifNotExists());
            }
        });
        return Messages.succeeded();
    }

    public static StatementResult drop(SqlDropObject drop, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = TableStatements.qualify(drop, drop.fullName(), catalogs);
        Positions.run(drop, () -> {
            if (drop.isTemporary()) {
                catalogs.dropTemporaryTable(id, true, drop.ifExists());
            } else {
                catalogs.dropTable(id, true, drop.ifExists());
            }
        });
        return Messages.succeeded();
    }

    private static TableSchema schema(SqlCreateView create, RowType row) {
        List<String> names = create.columnNames().isEmpty() ? row.fieldNames() : create.columnNames();
        if (names.size() != row.fields().size()) {
            throw StatementException.invalid(create, "View has " + names.size() + " column names but its query "
                    + "returns " + row.fields().size() + " columns", "List one name per column of the query");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(Column.physical(names.get(i), row.fields().get(i).type()));
        }
        return TableSchema.of(columns);
    }
}
