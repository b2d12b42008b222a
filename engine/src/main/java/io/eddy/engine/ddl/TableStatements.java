package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableLookup;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.query.QueryStatements;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlAlterTableRename;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.planner.ddl.ConvertedTable;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code CREATE [TEMPORARY] TABLE} (plain, {@code LIKE}, {@code AS SELECT}), {@code DROP TABLE}
 * and {@code ALTER TABLE}. The planner turns the statement into a catalog table (types, computed
 * columns, watermark, LIKE merging, option validation); this class applies it to the catalogs.
 */
public final class TableStatements {

    private TableStatements() {
    }

    public static StatementResult create(SqlCreateTable create, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ConvertedTable converted = context.planner().convertCreateTable(create);
        ObjectIdentifier id = converted.identifier();
        if (converted.insertQuery().isPresent()) {
            return createAs(create, converted, context);
        }
        Positions.run(create.nameNode(), () -> {
            if (converted.temporary()) {
                catalogs.createTemporaryTable(id, converted.table(), converted.ifNotExists());
            } else {
                catalogs.createTable(id, converted.table(), converted.ifNotExists());
            }
        });
        return Messages.succeeded();
    }

    /**
     * {@code CREATE TABLE ... AS SELECT}: creates the table, then starts the INSERT that fills it;
     * when the INSERT cannot start, the table is dropped again, so a failed statement leaves
     * nothing behind.
     */
    private static StatementResult createAs(SqlCreateTable create, ConvertedTable converted,
            StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = converted.identifier();
        if (catalogs.lookupTable(id).isPresent()) {
            if (converted.ifNotExists()) {
                return Messages.succeeded();
            }
            throw StatementException.invalid(create.nameNode(), "Table " + id
                    + " already exists", "Use CREATE TABLE IF NOT EXISTS or another name");
        }
        Positions.run(create.nameNode(), () -> {
            if (converted.temporary()) {
                catalogs.createTemporaryTable(id, converted.table(), false);
            } else {
                catalogs.createTable(id, converted.table(), false);
            }
        });
        try {
            return QueryStatements.insert(converted.insertQuery().orElseThrow(), context);
        } catch (RuntimeException e) {
            if (converted.temporary()) {
                catalogs.dropTemporaryTable(id, false, true);
            } else {
                catalogs.dropTable(id, false, true);
            }
            throw e;
        }
    }

    public static StatementResult drop(SqlDropObject drop, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = qualify(drop, drop.fullName(), catalogs);
        Positions.run(drop, () -> {
            if (drop.isTemporary()) {
                catalogs.dropTemporaryTable(id, false, drop.ifExists());
            } else {
                catalogs.dropTable(id, false, drop.ifExists());
            }
        });
        return Messages.succeeded();
    }

    public static StatementResult alter(SqlAlterTable alter, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = qualify(alter, alter.fullName(), catalogs);
        Optional<TableLookup> found = catalogs.lookupTable(id);
        if (found.isPresent() && found.get().temporary()) {
            throw StatementException.invalid(Positions.nameOf(alter), "ALTER TABLE is not supported for temporary "
                    + found.get().table().kind() + " " + id, "Drop the temporary table and create it again");
        }
        CatalogTable altered = context.planner().convertAlterTable(alter);
        if (altered == null) {
            return Messages.succeeded();
        }
        Positions.run(alter, () -> {
            if (alter instanceof SqlAlterTableRename rename) {
                String newName = rename.newName().get(rename.newName().size() - 1);
                catalogs.renameTable(id, newName, alter.ifExists());
            } else {
                catalogs.alterTable(id, altered, alter.ifExists());
            }
        });
        return Messages.succeeded();
    }

    /** The full name of {@code parts}, reported at {@code node} when it has too many parts. */
    static ObjectIdentifier qualify(SqlNode node, List<String> parts, CatalogManager catalogs) {
        return Positions.get(node, () -> catalogs.qualify(parts));
    }
}
