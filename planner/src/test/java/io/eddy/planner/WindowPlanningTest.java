package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the planner refuses about windows and aggregates, and how it says so. */
class WindowPlanningTest {

  private final TestSession session = new TestSession().execute("""
      CREATE TABLE bids (auction BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3),
        p_time AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
      WITH ('connector' = 'datagen')""");

  private String explain(String sql) {
    return session.planner.explainPhysical(List.of(session.parse(sql)),
        new PlanOnlyConnectors());
  }

  private void assertRefused(String sql, PlannerException.Category category, String message) {
    assertThatThrownBy(() -> explain(sql))
        .isInstanceOfSatisfying(PlannerException.class, e ->
            assertThat(e.category()).isEqualTo(category))
        .hasMessage(message);
  }

  @Test
  void processingTimeWindowsWithoutAggregationAreRefused() {
    assertRefused("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(p_time),"
        + " INTERVAL '10' SECOND))", PlannerException.Category.UNSUPPORTED,
        "line 1, column 21: A window table function without aggregation over processing-time"
            + " windows (TUMBLE over"
            + " the PROCTIME() column 'p_time') is not supported yet");
  }

  @Test
  void sessionWindowsMustBeAggregated() {
    assertRefused("SELECT * FROM TABLE(SESSION(TABLE bids, DESCRIPTOR(ts),"
        + " INTERVAL '1' MINUTE))", PlannerException.Category.UNSUPPORTED,
        "A SESSION window table function must be aggregated with GROUP BY window_start,"
            + " window_end");
  }

  @Test
  void hopSizeMustBeAMultipleOfTheSlide() {
    assertRefused("SELECT window_start, COUNT(*) FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts),"
        + " INTERVAL '3' SECOND, INTERVAL '10' SECOND)) GROUP BY window_start, window_end",
        PlannerException.Category.VALIDATION,
        "HOP window size PT10S must be a multiple of the slide PT3S");
  }

  @Test
  void windowColumnsOnlyAsGroupKeys() {
    assertRefused("SELECT COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts),"
        + " INTERVAL '10' SECOND)) WHERE window_start > TIMESTAMP '2024-01-01 00:00:00'"
        + " GROUP BY window_start, window_end", PlannerException.Category.UNSUPPORTED,
        "Using window_start, window_end or window_time other than as GROUP BY keys of the"
            + " window aggregate (in >($5, 2024-01-01 00:00:00)) is not supported");
  }

  @Test
  void aTumblingWindowPrintsItsSpecAndFiring() {
    assertThat(explain("SELECT auction, window_end, COUNT(*) FROM TABLE(TUMBLE(TABLE bids,"
        + " DESCRIPTOR(ts), INTERVAL '90' SECOND)) GROUP BY auction, window_start, window_end"))
        .contains("WindowAggregate(groupBy=[auction], window=[TUMBLE(size=[90 s]),"
            + " time_col=[ts]], select=[auction, COUNT(*) AS EXPR$2, window_start, window_end],"
            + " emit=[on watermark past window end], late=[drop, count numLateRecordsDropped])")
        .contains("Exchange(distribution=[hash[auction]])");
  }
}
