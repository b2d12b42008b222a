package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.parser.ddl.SqlDropObject;

/**
 * {@code CREATE [TEMPORARY] VIEW [IF NOT EXISTS] name [(columns)] AS query} and {@code DROP VIEW}.
 * The planner validates the query and derives the view (the query as written and, expanded with
 * fully qualified names, the query it runs).
 */
public final class ViewStatements {

    private ViewStatements() {
    }

    public static StatementResult create(SqlCreateView create, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = TableStatements.qualify(create, create.fullName(), catalogs);
        CatalogView view = context.planner().convertCreateView(create);
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
}
