package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A view: its query as the user wrote it, the expanded query (every name fully qualified, so
 * it means the same whatever the current catalog), the resulting schema and a comment.
 */
public record CatalogView(TableSchema schema, String originalQuery, String expandedQuery,
    Optional<String> comment) implements CatalogBaseTable {

  public CatalogView {
    requireNonNull(schema, "schema is null");
    requireNonNull(originalQuery, "originalQuery is null");
    requireNonNull(expandedQuery, "expandedQuery is null");
    requireNonNull(comment, "comment is null");
    if (originalQuery.isBlank() || expandedQuery.isBlank()) {
      throw new IllegalArgumentException("a view needs a query");
    }
  }

  @Override
  public String kind() {
    return "view";
  }
}
