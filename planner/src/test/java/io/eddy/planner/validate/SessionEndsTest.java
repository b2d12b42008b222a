package io.eddy.planner.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.parser.EddySqlParser;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;

class SessionEndsTest {

  private static String rewritten(String sql) {
    SqlNode statement = new EddySqlParser().parseStatement(sql);
    return SessionEnds.rewrite(statement).toString().replaceAll("\\s+", " ");
  }

  @Test
  void sessionEndOfTheGroupedSessionBecomesTheLastRowtimePlusTheGap() {
    assertThat(rewritten("SELECT k, SESSION_START(ts, INTERVAL '1' MINUTE) AS s,"
        + " SESSION_END(ts, INTERVAL '1' MINUTE) AS e FROM t"
        + " GROUP BY k, SESSION(ts, INTERVAL '1' MINUTE)"))
        .contains("SESSION_START(`ts`, INTERVAL '1' MINUTE) AS `s`")
        .contains("MAX(`ts`) + INTERVAL '1' MINUTE AS `e`")
        .doesNotContain("SESSION_END");
  }

  @Test
  void otherSessionEndsAndSubqueriesAreLeftAlone() {
    assertThat(rewritten("SELECT SESSION_END(ts, INTERVAL '2' MINUTE) FROM t"
        + " GROUP BY SESSION(ts, INTERVAL '1' MINUTE)"))
        .contains("SESSION_END(`ts`, INTERVAL '2' MINUTE)");
    assertThat(rewritten("SELECT MAX(e) FROM (SELECT SESSION_END(ts, INTERVAL '1' MINUTE) AS e"
        + " FROM t GROUP BY SESSION(ts, INTERVAL '1' MINUTE))"))
        .contains("MAX(`ts`) + INTERVAL '1' MINUTE AS `e`");
  }
}
