package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowFunctionTest {

  private final TestSession session = new TestSession().execute("""
      CREATE TABLE bids (auction BIGINT, price BIGINT, ts TIMESTAMP_LTZ(3), plain TIMESTAMP(3),
        p_time AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
      WITH ('connector' = 'datagen')""");

  private ValidatedQuery validate(String sql) {
    return session.planner.validateQuery(session.parse(sql));
  }

  @Test
  void localZonedRowtimeGivesLocalZonedWindowBounds() {
    ValidatedQuery query = validate("SELECT window_start, window_end, window_time FROM TABLE("
        + "TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))");

    assertThat(query.rowType().asSummaryString()).isEqualTo("ROW<`window_start` TIMESTAMP_LTZ(3)"
        + " NOT NULL, `window_end` TIMESTAMP_LTZ(3) NOT NULL, `window_time` TIMESTAMP_LTZ(3)"
        + " NOT NULL> NOT NULL");
    assertThat(query.rowType().fields().get(2).type().asSummaryString())
        .isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *ROWTIME*");
  }

  @Test
  void processingTimeWindows() {
    ValidatedQuery query = validate("SELECT auction, COUNT(*) AS c, window_time FROM TABLE("
        + "TUMBLE(TABLE bids, DESCRIPTOR(p_time), INTERVAL '10' SECOND))"
        + " GROUP BY auction, window_start, window_end, window_time");

    assertThat(query.rowType().fields().get(2).type().asSummaryString())
        .isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
  }

  @Test
  void windowOffsetAndNamedArguments() {
    assertThat(validate("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts),"
        + " INTERVAL '1' HOUR, INTERVAL '15' MINUTE))").columnNames())
        .endsWith("window_start", "window_end", "window_time");
    assertThat(validate("SELECT * FROM TABLE(tumble(TABLE bids, DESCRIPTOR(ts),"
        + " INTERVAL '1' HOUR))").columnNames()).contains("window_time");
  }

  @Test
  void sessionWindowsPartitionedByAKeyValidateButAreNotPlannedYet() {
    String sql = "SELECT auction, window_start FROM TABLE(SESSION(TABLE bids PARTITION BY"
        + " auction, DESCRIPTOR(ts), INTERVAL '5' MINUTE))";

    assertThat(validate(sql).columnNames()).containsExactly("auction", "window_start");
    assertThatThrownBy(() -> session.planner.explain(session.parse(sql)))
        .isInstanceOfSatisfying(PlannerException.class, e ->
            assertThat(e.category()).isEqualTo(PlannerException.Category.UNSUPPORTED))
        .hasMessage("line 1, column 48: Planning a table argument with PARTITION BY (as in"
            + " SESSION windows) is not supported");
  }

  @Test
  void descriptorMustNameAColumn() {
    assertThatThrownBy(() -> validate("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(tss),"
        + " INTERVAL '1' MINUTE))"))
        .hasMessage("line 1, column 40: The DESCRIPTOR of TUMBLE must name one column of its"
            + " input table; columns: auction, price, ts, plain, p_time");
  }

  @Test
  void timeColumnMustBeATimeAttribute() {
    assertThatThrownBy(() -> validate("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(plain),"
        + " INTERVAL '1' MINUTE))"))
        .hasMessage("line 1, column 51: The window function TUMBLE requires its time column"
            + " 'plain' to be a time attribute, but it is a plain TIMESTAMP(3). Declare a"
            + " WATERMARK for the column, or use a PROCTIME() column.");
  }

  @Test
  void sizesMustBeIntervals() {
    assertThatThrownBy(() -> validate("SELECT * FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts),"
        + " 10, INTERVAL '1' MINUTE))"))
        .isInstanceOf(PlannerException.class)
        .hasMessage("line 1, column 21: Invalid arguments to HOP; expected HOP(TABLE table_name,"
            + " DESCRIPTOR(timecol), INTERVAL slide, INTERVAL size, [INTERVAL offset])");
    assertThatThrownBy(() -> validate("SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts)))"))
        .isInstanceOf(PlannerException.class)
        .hasMessageStartingWith("line 1, column 21: ");
  }
}
