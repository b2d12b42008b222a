package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A database's comment and properties ({@code CREATE DATABASE ... WITH (...)}). */
public record CatalogDatabase(Optional<String> comment, Map<String, String> properties) {

  public CatalogDatabase {
    requireNonNull(comment, "comment is null");
    properties = Collections.unmodifiableMap(
        new LinkedHashMap<>(requireNonNull(properties, "properties is null")));
  }

  /** A database without comment or properties. */
  public static CatalogDatabase empty() {
    return new CatalogDatabase(Optional.empty(), Map.of());
  }
}
