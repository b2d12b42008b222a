package io.eddy.planner.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.planner.Planner;
import io.eddy.planner.TestObjects;
import io.eddy.planner.ValidatedQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewAndAlterTest {

  private final EddySqlParser parser = new EddySqlParser();
  private final TestObjects objects = TestObjects.nexmark();
  private final Planner planner = new Planner(objects, TestObjects.OPTIONS, Map.of());

  private CatalogView view(String sql) {
    return planner.convertCreateView((SqlCreateView) parser.parseStatement(sql));
  }

  private CatalogTable alter(String sql) {
    return planner.convertAlterTable((SqlAlterTable) parser.parseStatement(sql));
  }

  @Test
  void viewKeepsOriginalAndExpandedQueryAndIsUsableInQueries() {
    CatalogView view = view("CREATE VIEW cheap (a, p) COMMENT 'cheap bids' AS"
        + " SELECT auction, price FROM bids WHERE price < 10");

    assertThat(view.originalQuery())
        .isEqualTo("SELECT `auction`, `price` FROM `bids` WHERE `price` < 10");
    assertThat(view.expandedQuery()).isEqualTo("SELECT `bids`.`auction`, `bids`.`price`"
        + " FROM `cat`.`db`.`bids` AS `bids` WHERE `bids`.`price` < 10");
    assertThat(view.schema().columnNames()).containsExactly("a", "p");
    assertThat(view.comment()).contains("cheap bids");

    objects.with("cheap", view);
    ValidatedQuery query = planner.validateQuery(parser.parseStatement(
        "SELECT a, p * 2 AS doubled FROM cheap"));
    assertThat(query.columnNames()).containsExactly("a", "doubled");
    assertThat(planner.explain(parser.parseStatement("EXPLAIN SELECT a FROM cheap")))
        .isEqualTo("""
            LogicalProject(a=[$0])
              LogicalFilter(condition=[<($2, 10)])
                LogicalWatermarkAssigner(rowtime=[date_time], \
            watermark=[-($4, 4000:INTERVAL SECOND)])
                  LogicalProject(auction=[$0], bidder=[$1], price=[$2], url=[$3], \
            date_time=[$4], price_cents=[*($2, 100)], partition=[$5])
                    LogicalTableScan(table=[[cat, db, bids]])""");
  }

  @Test
  void viewOverAWindowKeepsTheTimeAttribute() {
    CatalogView view = view("CREATE VIEW windows AS SELECT auction, window_time FROM TABLE("
        + "TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))");

    assertThat(view.schema().columns().get(1).type().asSummaryString())
        .isEqualTo("TIMESTAMP(3) NOT NULL *ROWTIME*");
    objects.with("windows", view);
    assertThat(planner.explain(parser.parseStatement("SELECT auction FROM windows")))
        .contains("TUMBLE(DESCRIPTOR($4), 10000:INTERVAL SECOND)");
  }

  @Test
  void viewErrors() {
    assertThatThrownBy(() -> view("CREATE VIEW v (a) AS SELECT auction, price FROM bids"))
        .hasMessage("line 1, column 1: The view lists 1 column names, but its query produces 2"
            + " columns");
    assertThatThrownBy(() -> view("CREATE VIEW v AS SELECT auction FROM bidz"))
        .hasMessage("line 1, column 38: Object 'bidz' not found. Did you mean 'bids'?");
  }

  @Test
  void createTableAsSelectDerivesTheSchemaAndKeepsTheInsert() {
    ConvertedTable converted = planner.convertCreateTable((SqlCreateTable) parser.parseStatement(
        "CREATE TABLE copy WITH ('connector' = 'blackhole') AS SELECT auction, date_time,"
            + " price * 2 AS doubled FROM bids"));

    assertThat(converted.table().schema().columns().toString())
        .isEqualTo("[PhysicalColumn[name=auction, type=BIGINT, comment=Optional.empty],"
            + " PhysicalColumn[name=date_time, type=TIMESTAMP(3), comment=Optional.empty],"
            + " PhysicalColumn[name=doubled, type=BIGINT, comment=Optional.empty]]");
    assertThat(EddySqlParser.toSql(converted.insertQuery().orElseThrow()))
        .startsWith("INSERT INTO `copy`");
    objects.with("copy", converted.table());
    assertThat(planner.validateQuery(converted.insertQuery().orElseThrow()).insertTarget())
        .contains(new ObjectIdentifier("cat", "db", "copy"));
  }

  @Test
  void alterTableSetAndResetRevalidateOptions() {
    CatalogTable set = alter("ALTER TABLE bids SET ('rows-per-second' = '7')");
    assertThat(set.options()).containsEntry("rows-per-second", "7");

    objects.with("bids", set);
    CatalogTable reset = alter("ALTER TABLE bids RESET ('rows-per-second')");
    assertThat(reset.options()).containsExactly(Map.entry("connector", "datagen"));

    assertThatThrownBy(() -> alter("ALTER TABLE bids SET ('rows-per-second' = 'fast')"))
        .hasMessageStartingWith("line 1, column 1: ")
        .hasMessageContaining("rows-per-second");
    assertThatThrownBy(() -> alter("ALTER TABLE bids RESET ('connector')"))
        .hasMessage("line 1, column 1: ALTER TABLE RESET cannot remove 'connector'");
  }

  @Test
  void alterTableRenameAndMissingTables() {
    assertThat(alter("ALTER TABLE bids RENAME TO bids_v2")).isNotNull();
    assertThatThrownBy(() -> alter("ALTER TABLE bids RENAME TO sink"))
        .hasMessage("line 1, column 1: Table `cat`.`db`.`sink` already exists");
    assertThatThrownBy(() -> alter("ALTER TABLE bidz SET ('a' = 'b')"))
        .hasMessage("line 1, column 1: Table `cat`.`db`.`bidz` does not exist."
            + " Did you mean 'bids'?");
    assertThat(alter("ALTER TABLE IF EXISTS bidz SET ('a' = 'b')")).isNull();
  }
}
