package io.eddy.planner.schema;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.ObjectIdentifier;
import java.util.Optional;
import java.util.Set;

/**
 * What the planner reads from the catalogs while it resolves names: the current catalog and
 * database, which catalogs, databases and tables exist, a table or view by its full name
 * (temporary objects first) and user-defined functions. Every call reads the catalogs afresh, so a statement sees the
 * objects that exist when it is planned.
 */
public interface ObjectLookup {

  /** The catalog unqualified names resolve in. */
  String currentCatalog();

  /** The database unqualified names resolve in. */
  String currentDatabase();

  /** The names of all catalogs. */
  Set<String> catalogNames();

  /** The names of the databases of a catalog, empty if the catalog does not exist. */
  Set<String> databaseNames(String catalog);

  /** The names of the tables and views of a database, empty if it does not exist. */
  Set<String> tableNames(String catalog, String database);

  /** The table or view with this full name, if it exists. */
  Optional<CatalogBaseTable> table(ObjectIdentifier identifier);

  /** The temporary system function {@code name} (case-insensitive), if any; none by default. */
  default Optional<CatalogFunction> systemFunction(String name) {
    return Optional.empty();
  }

  /**
   * The temporary, else the catalog function with this full name (case-insensitive), if any;
   * none by default.
   */
  default Optional<CatalogFunction> function(ObjectIdentifier identifier) {
    return Optional.empty();
  }
}
