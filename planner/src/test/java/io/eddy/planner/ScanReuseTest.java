package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.parser.EddySqlParser;
import io.eddy.planner.physical.PhysicalPlanner;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;

/**
 * Scans of one table share one source ({@code table.optimizer.reuse-source-enabled}, on by default
 * as in Flink): the source reads the union of the columns, each reader keeps its projection.
 */
class ScanReuseTest {

  private static final String TWO_PROJECTIONS = """
      SELECT auction AS id, price FROM bids WHERE price > 10
      UNION ALL
      SELECT bidder AS id, price FROM bids WHERE url LIKE '%eddy%'""";

  private final EddySqlParser parser = new EddySqlParser();

  private String explain(Map<String, String> configuration, String... statements) {
    Planner planner = new Planner(TestObjects.nexmark(), TestObjects.OPTIONS, configuration);
    List<SqlNode> parsed = List.of(statements).stream().map(parser::parseStatement).toList();
    String text = planner.explainPhysical(parsed, new PlanOnlyConnectors());
    return text.substring(text.indexOf("== Optimized Physical Plan =="));
  }

  private static List<String> scans(String plan) {
    return plan.lines().filter(line -> line.contains("TableSourceScan")).toList();
  }

  @Test
  void scansReadingDifferentColumnsShareOneSourceOfTheirUnion() {
    List<String> scans = scans(explain(Map.of(), TWO_PROJECTIONS));

    assertThat(scans).hasSize(2);
    assertThat(scans.get(0)).contains("fields=[auction, bidder, price, url, date_time]");
    assertThat(scans.get(1)).contains("fields=[auction, bidder, price, url, date_time]")
        .endsWith("[reused]");
  }

  @Test
  void withReuseOffEachScanReadsOnlyItsColumns() {
    List<String> scans = scans(explain(Map.of(PhysicalPlanner.REUSE_SOURCE, "false"),
        TWO_PROJECTIONS));

    assertThat(scans).hasSize(2).noneMatch(scan -> scan.endsWith("[reused]"));
    assertThat(scans.get(0)).contains("fields=[auction, price, date_time]");
    assertThat(scans.get(1)).contains("fields=[bidder, price, url, date_time]");
  }

  @Test
  void insertsOfOneStatementSetShareTheirSource() {
    String plan = explain(Map.of(),
        "INSERT INTO sink SELECT auction, CAST(price AS DOUBLE), url FROM bids",
        "INSERT INTO sink SELECT bidder, CAST(price AS DOUBLE), 'x' FROM bids WHERE price > 5");

    List<String> scans = scans(plan);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(0)).contains("fields=[auction, bidder, price, url, date_time]");
    assertThat(scans.get(1)).endsWith("[reused]");
  }

  @Test
  void aScanReadWholeSharesItsSourceWithAProjectedScan() {
    String plan = explain(Map.of(), """
        SELECT * FROM bids b JOIN (SELECT auction AS other FROM bids WHERE price > 10) s
        ON b.auction = s.other""");

    List<String> scans = scans(plan);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(0)).contains("fields=[auction, bidder, price, url, date_time, partition]");
    assertThat(scans.get(1)).endsWith("[reused]");
  }

  @Test
  void eachJoinSideReadsOnlyTheColumnsUsedAboveItOrInTheCondition() {
    String plan = explain(Map.of(PhysicalPlanner.REUSE_SOURCE, "false"), """
        SELECT b.auction, s.bidder FROM bids b JOIN bids s ON b.price = s.price AND b.url <> s.url""");

    List<String> scans = scans(plan);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(0)).contains("fields=[auction, price, url, date_time]");
    assertThat(scans.get(1)).contains("fields=[bidder, price, url, date_time]");
    assertThat(plan.lines().filter(line -> line.contains("Join(")).findFirst().orElseThrow())
        .contains("select=[auction, price, url, bidder, price0, url0]");
  }

  @Test
  void aJoinOfATableWithAWindowAggregateOfItReadsTheTableOnce() {
    String plan = explain(Map.of(), """
        SELECT b.auction, b.price FROM bids b JOIN (
          SELECT MAX(price) AS maxprice, window_end
          FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))
          GROUP BY window_start, window_end) m
        ON b.price = m.maxprice""");

    List<String> scans = scans(plan);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(0)).contains("fields=[auction, price, date_time]");
    assertThat(scans.get(1)).endsWith("[reused]");
  }
}
