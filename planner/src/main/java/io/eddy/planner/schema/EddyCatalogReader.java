package io.eddy.planner.schema;

import io.eddy.planner.types.EddyTypeFactory;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * The validator's view of the catalogs for one statement: names resolve case-sensitively, first
 * in the current database ({@code t}), then in the current catalog ({@code db.t}), then from the
 * root ({@code cat.db.t}), as in Flink.
 */
public final class EddyCatalogReader extends CalciteCatalogReader {


  /**
   * Creates a reader over the catalogs as they are now.
   *
   * @param objects what the catalogs hold
   * @param typeFactory the planner's type factory
   * @param expander plans the computed columns of tables
   */
  public EddyCatalogReader(ObjectLookup objects, EddyTypeFactory typeFactory,
      ComputedColumnExpander expander) {
    super(CalciteSchema.createRootSchema(false, false, "",
            new CatalogsSchema(objects, expander)),
        SqlNameMatchers.withCaseSensitive(true),
        List.of(List.of(objects.currentCatalog(), objects.currentDatabase()),
            List.of(objects.currentCatalog()), List.of()),
        typeFactory, config());
  }

  /** The column names of every table and view this reader resolved, for "did you mean" hints. */
  public Set<String> resolvedColumnNames() {
    return ((CatalogsSchema) rootSchema.schema).resolvedColumnNames();
  }

  private static CalciteConnectionConfigImpl config() {
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
    return new CalciteConnectionConfigImpl(properties);
  }
}
