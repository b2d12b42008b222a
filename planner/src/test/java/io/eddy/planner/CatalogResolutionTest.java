package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.DataTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Name resolution through a real catalog manager: databases, current path, temporary tables. */
class CatalogResolutionTest {

  private final TestSession session = new TestSession().execute(
      "CREATE TABLE t (a BIGINT) WITH ('connector' = 'datagen')");

  private ValidatedQuery validate(String sql) {
    return session.planner.validateQuery(session.parse(sql));
  }

  @Test
  void resolvesPartiallyAndFullyQualifiedNames() {
    assertThat(validate("SELECT a FROM t").columnNames()).containsExactly("a");
    assertThat(validate("SELECT a FROM default_database.t").columnNames()).containsExactly("a");
    assertThat(validate("SELECT a FROM default_catalog.default_database.t").columnNames())
        .containsExactly("a");
  }

  @Test
  void followsTheCurrentDatabase() {
    session.catalogManager.createDatabase("default_catalog", "staging", CatalogDatabase.empty(),
        false);
    session.catalogManager.useDatabase("staging");
    session.execute("CREATE TABLE t (b STRING) WITH ('connector' = 'datagen')");

    assertThat(validate("SELECT * FROM t").columnNames()).containsExactly("b");
    assertThat(validate("SELECT * FROM default_database.t").columnNames()).containsExactly("a");
    assertThatThrownBy(() -> validate("SELECT * FROM tt"))
        .hasMessage("line 1, column 15: Object 'tt' not found. Did you mean 't'?");
  }

  @Test
  void misspeltDatabaseOrCatalogSuggestsTheName() {
    assertThatThrownBy(() -> validate("SELECT a FROM default_databse.t"))
        .hasMessage("line 1, column 15: Object 'default_databse' not found."
            + " Did you mean 'default_database'?");
    assertThatThrownBy(() -> validate("SELECT a FROM default_catalg.default_database.t"))
        .hasMessage("line 1, column 15: Object 'default_catalg' not found."
            + " Did you mean 'default_catalog'?");
  }

  @Test
  void temporaryTablesShadowPermanentOnes() {
    session.catalogManager.createTemporaryTable(session.catalogManager.qualify("t"),
        CatalogTable.of(TableSchema.builder().column("c", DataTypes.INT()).build(),
            Map.of("connector", "datagen")), false);

    assertThat(validate("SELECT * FROM t").columnNames()).containsExactly("c");
  }

  @Test
  void namesAreCaseSensitive() {
    assertThatThrownBy(() -> validate("SELECT A FROM t"))
        .hasMessage("line 1, column 8: Column 'A' not found in any table. Did you mean 'a'?");
    assertThatThrownBy(() -> validate("SELECT a FROM Default_Database.t"))
        .hasMessageStartingWith("line 1, column 15: ");
  }
}
