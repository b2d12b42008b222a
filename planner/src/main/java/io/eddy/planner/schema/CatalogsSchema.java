package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.ObjectIdentifier;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.Lookup;

/**
 * The root Calcite schema: one sub-schema per catalog, one sub-schema per database below it and
 * the tables and views of the database below that, all resolved when the validator asks.
 */
public final class CatalogsSchema extends NamespaceSchema {

  private final ObjectLookup objects;
  private final Set<String> resolvedColumns = new LinkedHashSet<>();

  private final ComputedColumnExpander expander;

  /**
   * Creates the root schema.
   *
   * @param objects what the catalogs hold
   * @param expander plans the computed columns of tables
   */
  public CatalogsSchema(ObjectLookup objects, ComputedColumnExpander expander) {
    this.objects = requireNonNull(objects, "objects is null");
    this.expander = requireNonNull(expander, "expander is null");
  }

  @Override
  public Lookup<? extends Schema> subSchemas() {
    return new NameLookup<>(
        catalog -> objects.catalogNames().contains(catalog) ? new CatalogSchema(catalog) : null,
        objects::catalogNames);
  }

  /** The column names of every table and view resolved so far, for "did you mean" hints. */
  public Set<String> resolvedColumnNames() {
    return Set.copyOf(resolvedColumns);
  }

  private Table table(ObjectIdentifier identifier, CatalogBaseTable table) {
    resolvedColumns.addAll(table.schema().columnNames());
    if (table instanceof CatalogView view) {
      return new ViewTable(identifier, view);
    }
    return new ConnectorTable(identifier, (CatalogTable) table, expander);
  }

  /** The databases of one catalog. */
  private final class CatalogSchema extends NamespaceSchema {

    private final String catalog;

    CatalogSchema(String catalog) {
      this.catalog = catalog;
    }

    @Override
    public Lookup<? extends Schema> subSchemas() {
      return new NameLookup<>(
          database -> objects.databaseNames(catalog).contains(database)
              ? new DatabaseSchema(catalog, database) : null,
          () -> objects.databaseNames(catalog));
    }
  }

  /** The tables and views of one database. */
  private final class DatabaseSchema extends NamespaceSchema {

    private final String catalog;
    private final String database;

    DatabaseSchema(String catalog, String database) {
      this.catalog = catalog;
      this.database = database;
    }

    @Override
    public Lookup<Table> tables() {
      return new NameLookup<>(name -> {
        ObjectIdentifier identifier = new ObjectIdentifier(catalog, database, name);
        return objects.table(identifier).map(t -> table(identifier, t)).orElse(null);
      }, () -> objects.tableNames(catalog, database));
    }
  }
}
