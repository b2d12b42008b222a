package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogManager;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlCreateDatabase;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.parser.ddl.SqlUseDatabase;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/** {@code CREATE DATABASE}, {@code DROP DATABASE [CASCADE]} and {@code USE [catalog.]database}. */
public final class DatabaseStatements {

    private DatabaseStatements() {
    }

    public static StatementResult create(SqlCreateDatabase create, StatementContext context) {
        CatalogDatabase database = new CatalogDatabase(Optional.ofNullable(create.comment()), create.options());
        Positions.run(create, () -> {
            String[] name = qualify(create, create.fullName(), context.catalogs());
            context.catalogs().createDatabase(name[0], name[1], database, create.ifNotExists());
        });
        return Messages.succeeded();
    }

    public static StatementResult drop(SqlDropObject drop, StatementContext context) {
        Positions.run(drop, () -> {
            String[] name = qualify(drop, drop.fullName(), context.catalogs());
            context.catalogs().dropDatabase(name[0], name[1], drop.ifExists(), drop.isCascade());
        });
        return Messages.succeeded();
    }

    public static StatementResult use(SqlUseDatabase use, StatementContext context) {
        Positions.run(use, () -> {
            String[] name = qualify(use, use.fullName(), context.catalogs());
            context.catalogs().useDatabase(name[0], name[1]);
        });
        return Messages.succeeded();
    }

    /** {@code db} or {@code catalog.db} as (catalog, database). */
    static String[] qualify(SqlNode node, List<String> parts, CatalogManager catalogs) {
        return switch (parts.size()) {
            case 1 -> new String[] {catalogs.currentCatalog(), parts.get(0)};
            case 2 -> new String[] {parts.get(0), parts.get(1)};
            default -> throw Names.tooManyParts(node, parts, "[catalog.]database");
        };
    }
}
