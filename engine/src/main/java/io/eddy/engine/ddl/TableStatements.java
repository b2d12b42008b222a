package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableLookup;
import io.eddy.catalog.TableSchema;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.query.QueryStatements;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlAlterTableRename;
import io.eddy.parser.ddl.SqlAlterTableReset;
import io.eddy.parser.ddl.SqlAlterTableSet;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateTableAs;
import io.eddy.parser.ddl.SqlCreateTableLike;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.planner.ValidatedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/** {@code CREATE [TEMPORARY] TABLE} (plain, {@code LIKE}, {@code AS SELECT}), {@code DROP TABLE}, {@code ALTER TABLE}. */
public final class TableStatements {

    private TableStatements() {
    }

    public static StatementResult create(SqlCreateTable create, StatementContext context) {
        CatalogManager catalogs = context.catalogs();
        ObjectIdentifier id = qualify(create.nameNode(), create.fullName(), catalogs);
        if (create instanceof SqlCreateTableAs createAs) {
            return createAs(createAs, id, context);
        }
        TableDefinitions definitions = new TableDefinitions(catalogs);
        CatalogTable table = Positions.get(create.nameNode(), () -> {
            if (create instanceof SqlCreateTableLike createLike) {
                TableLike like = new TableLike(createLike.like(), source(createLike, catalogs));
                TableSchema schema = definitions.schema(create, like.columns(), like.watermark(create),
                        like.primaryKey(create));
                return TableDefinitions.table(create, schema, like.partitionKeys(create), like.options(create));
            }
            TableSchema schema = definitions.schema(create, List.of(), Optional.empty(), Optional.empty());
            return TableDefinitions.table(create, schema, create.partitionKeys(), create.options());
        });
        Positions.run(create.nameNode(), () -> {
            if (create.isTemporary()) {
                catalogs.createTemporaryTable(id, table, create.ifNotExists());
            } else {
                catalogs.createTable(id, table, create.ifNotExists());
            }
        });
        return Messages.succeeded();
    }

    /**
     * Derives the table from the query and checks it, but creates nothing: the table and its
     * rows are written together once queries run.
     */
    private static StatementResult createAs(SqlCreateTableAs create, ObjectIdentifier id, StatementContext context) {
        if (!create.columns().isEmpty() || create.watermark().isPresent() || create.primaryKey().isPresent()) {
            throw StatementException.invalid(create.nameNode(),
                    "CREATE TABLE AS SELECT takes its columns from the query", "Remove the column list");
        }
        if (context.catalogs().lookupTable(id).isPresent() && !create.ifNotExists()) {
            throw StatementException.invalid(create.nameNode(), "Table " + id + " already exists", null);
        }
        ValidatedQuery query = context.planner().validateQuery(create.query());
        TableSchema schema = TableSchema.of(query.rowType().fields().stream()
                .map(field -> (Column) Column.physical(field.name(), Types.withoutTimeAttribute(field.type())))
                .toList());
        CatalogTable table = TableDefinitions.table(create, schema, create.partitionKeys(), create.options());
        Positions.run(create.nameNode(), () -> OptionChecks.validate(table));
        throw QueryStatements.notRunnable(create.query(), "CREATE TABLE " + id + " AS SELECT creates the table "
                + "together with its rows, so nothing was created");
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
        if (found.isEmpty()) {
            if (alter.ifExists()) {
                return Messages.succeeded();
            }
            throw StatementException.at(Positions.nameOf(alter), "Table " + id + " does not exist",
                    io.eddy.jdbc.spi.EddySqlException.UNKNOWN_OBJECT, null);
        }
        TableLookup lookup = found.get();
        if (lookup.temporary()) {
            throw StatementException.invalid(Positions.nameOf(alter), "ALTER TABLE is not supported for temporary table " + id,
                    "Drop the temporary table and create it again");
        }
        if (!(lookup.table() instanceof CatalogTable table)) {
            throw StatementException.invalid(Positions.nameOf(alter), id + " is a view, not a table",
                    "Use ALTER VIEW");
        }
        Positions.run(alter, () -> {
            if (alter instanceof SqlAlterTableRename rename) {
                String newName = rename.newName().get(rename.newName().size() - 1);
                catalogs.renameTable(id, newName, alter.ifExists());
            } else {
                catalogs.alterTable(id, table.withOptions(newOptions(alter, table.options())), alter.ifExists());
            }
        });
        return Messages.succeeded();
    }

    private static Map<String, String> newOptions(SqlAlterTable alter, Map<String, String> options) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        if (alter instanceof SqlAlterTableSet set) {
            changed.putAll(set.options());
        } else if (alter instanceof SqlAlterTableReset reset) {
            reset.keys().forEach(changed::remove);
        }
        return changed;
    }

    private static CatalogTable source(SqlCreateTableLike create, CatalogManager catalogs) {
        ObjectIdentifier sourceId = qualify(create.like().sourceNode(), create.like().sourceName(), catalogs);
        TableLookup lookup = Positions.get(create.like().sourceNode(), () -> catalogs.getTable(sourceId));
        if (!(lookup.table() instanceof CatalogTable table)) {
            throw StatementException.invalid(create.like().sourceNode(),
                    "Source " + sourceId + " of LIKE is a view, but it must be a table", null);
        }
        return table;
    }

    /** The full name of {@code parts}, reported at {@code node} when it has too many parts. */
    static ObjectIdentifier qualify(SqlNode node, List<String> parts, CatalogManager catalogs) {
        return Positions.get(node, () -> catalogs.qualify(parts));
    }
}
