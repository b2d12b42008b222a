package io.eddy.planner.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogTable;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.planner.Planner;
import io.eddy.planner.TestObjects;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CREATE TABLE ... LIKE against {@code bids}: auction, bidder, price, url, date_time (rowtime),
 * price_cents (computed), partition (virtual metadata), a watermark, options connector=datagen.
 */
class LikeMergerTest {

  private final Planner planner = new Planner(TestObjects.nexmark(), TestObjects.OPTIONS,
      Map.of());

  private CatalogTable table(String sql) {
    return planner.convertCreateTable((SqlCreateTable) new EddySqlParser().parseStatement(sql))
        .table();
  }

  @Test
  void includesEverythingAndOverwritesOptionsByDefault() {
    CatalogTable table = table("CREATE TABLE t (extra STRING) WITH ('rows-per-second' = '5')"
        + " LIKE bids");

    assertThat(table.schema().columnNames()).containsExactly("auction", "bidder", "price", "url",
        "date_time", "price_cents", "partition", "extra");
    assertThat(table.schema().watermark().orElseThrow().rowtimeColumn()).isEqualTo("date_time");
    assertThat(table.options()).containsExactly(Map.entry("connector", "datagen"),
        Map.entry("rows-per-second", "5"));
  }

  @Test
  void excludingAllKeepsOnlyPhysicalColumns() {
    CatalogTable table = table("CREATE TABLE t WITH ('connector' = 'blackhole')"
        + " LIKE bids (EXCLUDING ALL)");

    assertThat(table.schema().columnNames()).containsExactly("auction", "bidder", "price", "url",
        "date_time");
    assertThat(table.schema().watermark()).isEmpty();
    assertThat(table.options()).containsExactly(Map.entry("connector", "blackhole"));
  }

  @Test
  void laterOptionsRefineEarlierOnes() {
    CatalogTable table = table("CREATE TABLE t WITH ('connector' = 'datagen')"
        + " LIKE bids (EXCLUDING ALL INCLUDING WATERMARKS)");

    assertThat(table.schema().watermark()).isPresent();
    assertThat(table.schema().columnNames()).doesNotContain("price_cents");
  }

  @Test
  void overwritingGeneratedReplacesTheComputedColumnInPlace() {
    CatalogTable table = table("CREATE TABLE t (price_cents AS price * 1000)"
        + " LIKE bids (OVERWRITING GENERATED)");

    assertThat(table.schema().columnNames().indexOf("price_cents")).isEqualTo(5);
    assertThat(table.schema().column("price_cents").orElseThrow().toString())
        .contains("`price` * 1000");
  }

  @Test
  void overwritingWatermarks() {
    CatalogTable table = table("CREATE TABLE t (WATERMARK FOR date_time AS date_time)"
        + " LIKE bids (OVERWRITING WATERMARKS)");

    assertThat(table.schema().watermark().orElseThrow().expression()).isEqualTo("`date_time`");
  }

  @Test
  void conflicts() {
    assertThatThrownBy(() -> table("CREATE TABLE t (price INT) LIKE bids"))
        .hasMessage("line 1, column 17: A column named 'price' already exists in the base table");
    assertThatThrownBy(() -> table("CREATE TABLE t (price_cents AS price) LIKE bids"))
        .hasMessage("line 1, column 17: A generated column named 'price_cents' already exists in"
            + " the base table. You might want to specify EXCLUDING GENERATED or OVERWRITING"
            + " GENERATED");
    assertThatThrownBy(() -> table("CREATE TABLE t (WATERMARK FOR date_time AS date_time)"
        + " LIKE bids"))
        .hasMessage("line 1, column 17: There already exists a watermark spec in the base table."
            + " You might want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS");
    assertThatThrownBy(() -> table("CREATE TABLE t WITH ('connector' = 'blackhole') LIKE bids"
        + " (INCLUDING OPTIONS)"))
        .hasMessage("line 1, column 49: There already exists an option ['connector' ->"
            + " 'datagen'] in the base table. You might want to specify EXCLUDING OPTIONS or"
            + " OVERWRITING OPTIONS");
    assertThatThrownBy(() -> table("CREATE TABLE t LIKE bids (OVERWRITING CONSTRAINTS)"))
        .hasMessage("line 1, column 16: Illegal merging strategy 'OVERWRITING' for"
            + " 'CONSTRAINTS' option");
  }

  @Test
  void sourceMustBeAnExistingTable() {
    assertThatThrownBy(() -> table("CREATE TABLE t LIKE nothing"))
        .hasMessage("line 1, column 21: Source table `cat`.`db`.`nothing` of the LIKE clause"
            + " does not exist");
    assertThatThrownBy(() -> table("CREATE TABLE t LIKE expensive_bids"))
        .hasMessage("line 1, column 21: Source table `cat`.`db`.`expensive_bids` of the LIKE"
            + " clause can not be a VIEW");
  }
}
