package io.eddy.planner;

import io.eddy.catalog.CatalogFactories;
import io.eddy.catalog.CatalogManager;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.planner.ddl.ConvertedTable;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;

/**
 * A session for tests: a real {@link CatalogManager} with the test connectors and a
 * {@link Planner} over it; DDL scripts are converted by the planner and stored in the catalog.
 */
final class TestSession {

  final EddySqlParser parser = new EddySqlParser();
  final CatalogManager catalogManager =
      new CatalogManager(CatalogFactories.discover(), TestObjects.OPTIONS);
  final Planner planner = new Planner(new io.eddy.planner.schema.CatalogManagerLookup(
      catalogManager), TestObjects.OPTIONS, Map.of());

  /** Runs the CREATE TABLE and CREATE VIEW statements of a script. */
  TestSession execute(String script) {
    for (SqlNode statement : parser.parseStatements(script)) {
      if (statement instanceof SqlCreateTable create) {
        ConvertedTable table = planner.convertCreateTable(create);
        catalogManager.createTable(table.identifier(), table.table(), table.ifNotExists());
      } else if (statement instanceof SqlCreateView view) {
        catalogManager.createTable(catalogManager.qualify(view.fullName()),
            planner.convertCreateView(view), view.ifNotExists());
      } else {
        throw new IllegalArgumentException("Not DDL: " + statement);
      }
    }
    return this;
  }

  SqlNode parse(String sql) {
    return parser.parseStatement(sql);
  }
}
