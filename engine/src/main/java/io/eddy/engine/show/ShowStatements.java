package io.eddy.engine.show;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogView;
import io.eddy.engine.StatementContext;
import io.eddy.engine.ddl.Names;
import io.eddy.engine.ddl.Positions;
import io.eddy.engine.result.Columns;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.dql.SqlShowCatalogs;
import io.eddy.parser.dql.SqlShowCurrentCatalog;
import io.eddy.parser.dql.SqlShowCurrentDatabase;
import io.eddy.parser.dql.SqlShowDatabases;
import io.eddy.parser.dql.SqlShowFunctions;
import io.eddy.parser.dql.SqlShowJobs;
import io.eddy.engine.query.JobStatements;
import io.eddy.parser.dql.SqlShowObjects;
import io.eddy.parser.dql.SqlShowTables;
import io.eddy.parser.dql.SqlShowViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code SHOW CATALOGS / CURRENT CATALOG / DATABASES / CURRENT DATABASE / TABLES / VIEWS /
 * [USER] FUNCTIONS / JOBS}, with Flink's column names and optional {@code FROM} and
 * {@code [NOT] LIKE}. Names are sorted.
 */
public final class ShowStatements {

    private ShowStatements() {
    }

    /** The result of a SHOW statement, or empty when {@code node} is not one of these. */
    public static Optional<StatementResult> show(SqlNode node, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        RowsResult result;
        if (node instanceof SqlShowCatalogs) {
            result = RowsResult.strings("catalog name", catalogs.listCatalogs());
        } else if (node instanceof SqlShowCurrentCatalog) {
            result = RowsResult.single("current catalog name", catalogs.currentCatalog());
        } else if (node instanceof SqlShowCurrentDatabase) {
            result = RowsResult.single("current database name", catalogs.currentDatabase());
        } else if (node instanceof SqlShowDatabases show) {
            String catalog = show.scope().map(scope -> Names.single(show, scope, "catalog"))
                    .orElse(catalogs.currentCatalog());
            List<String> names = Positions.get(show, () -> sorted(catalogs.catalog(catalog).listDatabases()));
            result = filtered("database name", names, show);
        } else if (node instanceof SqlShowTables show) {
            result = filtered("table name", inScope(show, context, catalogs::listTables), show);
        } else if (node instanceof SqlShowViews show) {
            result = filtered("view name", inScope(show, context, () -> views(catalogs)), show);
        } else if (node instanceof SqlShowFunctions show) {
            List<String> names = inScope(show, context, () -> FunctionNames.list(context, show.userOnly()));
            result = filtered("function name", names, show);
        } else if (node instanceof SqlShowJobs) {
            return Optional.of(JobStatements.show(context));
        } else {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private static RowsResult filtered(String column, List<String> names, SqlShowObjects show) {
        return RowsResult.strings(column, LikePatterns.filter(names, show.like()));
    }

    /** Lists with the statement's {@code FROM [catalog.]database} as the current database. */
    private static List<String> inScope(SqlShowObjects show, StatementContext context, Supplier<List<String>> list) {
        if (show.scope().isEmpty()) {
            return list.get();
        }
        CatalogManager catalogs = context.catalogs();
        String savedCatalog = catalogs.currentCatalog();
        String savedDatabase = catalogs.currentDatabase();
        List<String> scope = show.scope().get();
        try {
            Positions.run(show, () -> {
                switch (scope.size()) {
                    case 1 -> catalogs.useDatabase(scope.get(0));
                    case 2 -> catalogs.useDatabase(scope.get(0), scope.get(1));
                    default -> throw Names.tooManyParts(show, scope, "[catalog.]database");
                }
            });
            return list.get();
        } finally {
            catalogs.useDatabase(savedCatalog, savedDatabase);
        }
    }

    private static List<String> views(CatalogManager catalogs) {
        TreeSet<String> names = new TreeSet<>(
                catalogs.catalog(catalogs.currentCatalog()).listViews(catalogs.currentDatabase()));
        for (String name : catalogs.listTemporaryTables()) {
            catalogs.lookupTable(catalogs.qualify(name))
                    .filter(lookup -> lookup.temporary() && lookup.table() instanceof CatalogView)
                    .ifPresent(lookup -> names.add(name));
        }
        return new ArrayList<>(names);
    }

    private static List<String> sorted(List<String> names) {
        return new ArrayList<>(new TreeSet<>(names));
    }
}
