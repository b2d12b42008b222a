package io.eddy.catalog;

import java.util.Optional;

/** What a table name can stand for in a catalog: a {@link CatalogTable} or a {@link CatalogView}. */
public sealed interface CatalogBaseTable permits CatalogTable, CatalogView {

  TableSchema schema();

  Optional<String> comment();

  /** "table" or "view", for messages. */
  String kind();
}
