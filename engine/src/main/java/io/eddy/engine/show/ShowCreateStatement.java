package io.eddy.engine.show;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableLookup;
import io.eddy.engine.StatementContext;
import io.eddy.engine.ddl.Positions;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.dql.SqlShowCreateTable;
import io.eddy.parser.dql.SqlShowCreateView;
import io.eddy.catalog.DdlPrinter;
import org.apache.calcite.sql.SqlNode;
import java.util.List;

/**
 * {@code SHOW CREATE TABLE x} and {@code SHOW CREATE VIEW x}: the DDL that creates the object
 * again, secret option values masked, as one row of the column {@code result}.
 */
public final class ShowCreateStatement {

    private ShowCreateStatement() {
    }

    public static StatementResult table(SqlShowCreateTable show, StatementContext context) {
        TableLookup lookup = lookup(show.fullName(), show, context);
        if (!(lookup.table() instanceof CatalogTable)) {
            throw StatementException.invalid(Positions.nameOf(show), "SHOW CREATE TABLE is only supported for tables, but "
                    + lookup.identifier() + " is a view", "Use SHOW CREATE VIEW");
        }
        return ddl(lookup);
    }

    public static StatementResult view(SqlShowCreateView show, StatementContext context) {
        TableLookup lookup = lookup(show.fullName(), show, context);
        if (!(lookup.table() instanceof CatalogView)) {
            throw StatementException.invalid(Positions.nameOf(show), "SHOW CREATE VIEW is only supported for views, but "
                    + lookup.identifier() + " is a table", "Use SHOW CREATE TABLE");
        }
        return ddl(lookup);
    }

    private static StatementResult ddl(TableLookup lookup) {
        return RowsResult.single("result", DdlPrinter.create(lookup.identifier(), lookup.table(), lookup.temporary()));
    }

    private static TableLookup lookup(List<String> name, SqlNode node, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        return Positions.get(node, () -> {
            ObjectIdentifier id = catalogs.qualify(name);
            return catalogs.getTable(id);
        });
    }
}
