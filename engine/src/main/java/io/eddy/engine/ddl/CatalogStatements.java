package io.eddy.engine.ddl;

import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlCreateCatalog;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.parser.ddl.SqlUseCatalog;

/** {@code CREATE CATALOG}, {@code DROP CATALOG} and {@code USE CATALOG}. */
public final class CatalogStatements {

    private CatalogStatements() {
    }

    public static StatementResult create(SqlCreateCatalog create, StatementContext context) {
        Positions.run(create, () -> context.catalogs().createCatalog(create.name(), create.options(),
                create.ifNotExists()));
        return Messages.succeeded();
    }

    public static StatementResult drop(SqlDropObject drop, StatementContext context) {
        String name = Names.single(drop, drop.fullName(), "catalog");
        Positions.run(drop, () -> context.catalogs().dropCatalog(name, drop.ifExists()));
        return Messages.succeeded();
    }

    public static StatementResult use(SqlUseCatalog use, StatementContext context) {
        Positions.run(use, () -> context.catalogs().useCatalog(use.catalogName()));
        return Messages.succeeded();
    }
}
