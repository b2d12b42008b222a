package io.eddy.planner.codegen;

import static io.eddy.planner.codegen.Expressions.compile;
import static io.eddy.planner.codegen.Expressions.eval;
import static io.eddy.planner.codegen.Expressions.evalAll;
import static io.eddy.planner.codegen.Expressions.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.codegen.functions.EvaluationException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.function.RowTransform;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** JSON behaviours, string lengths in casts, error messages and allocation of generated code. */
class GeneratedCodeBehaviourTest {

  private static final Row JSON = row(1, 2L, 0.5, "{\"a\": {\"b\": \"7\"}, \"list\": [1, 2]}");
  private static final Row NOT_JSON = row(1, 2L, 0.5, "not json");

  @Test
  void jsonValueBehaviours() {
    String expressions = "JSON_VALUE(s, '$.a.b' RETURNING INT),"
        + " JSON_VALUE(s, '$.zz' DEFAULT 'none' ON EMPTY),"
        + " JSON_VALUE(s, '$.a' DEFAULT 'obj' ON ERROR),"
        + " JSON_VALUE(s, 'lax $.list[1]' RETURNING BIGINT)";
    assertThat(evalAll(expressions, JSON)).containsExactly(7, "none", "obj", 2L);
    assertThat(evalAll(expressions, NOT_JSON)).containsExactly(null, null, "obj", null);
    assertThat(evalAll(expressions, row())).containsExactly(null, null, null, null);
    assertThatThrownBy(() -> eval("JSON_VALUE(s, '$.zz' ERROR ON EMPTY)", JSON))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("JSON_VALUE: no item at path '$.zz'");
  }

  @Test
  void jsonQueryAndExistsBehaviours() {
    assertThat(evalAll("JSON_QUERY(s, '$.a'), JSON_QUERY(s, '$.a.b'),"
        + " JSON_QUERY(s, '$.a.b' WITH WRAPPER), JSON_QUERY(s, '$.list' WITH CONDITIONAL WRAPPER),"
        + " JSON_QUERY(s, '$.zz' EMPTY ARRAY ON EMPTY), JSON_EXISTS(s, '$.list[0]'),"
        + " JSON_EXISTS(s, '$.zz')", JSON))
        .containsExactly("{\"b\":\"7\"}", null, "[\"7\"]", "[1,2]", "[]", true, false);
    assertThat(evalAll("JSON_EXISTS(s, '$.a'), JSON_EXISTS(s, '$.a' TRUE ON ERROR),"
        + " JSON_EXISTS(s, '$.a' UNKNOWN ON ERROR), s IS JSON, s IS NOT JSON", NOT_JSON))
        .containsExactly(false, true, null, false, true);
  }

  @Test
  void moreTemporalFunctionsAndCasts() {
    Row input = row(5, 1_000L, 1.0, "2024-02-29", null,
        LocalDateTime.of(2024, 2, 29, 23, 59, 59), LocalDate.of(2024, 2, 29));
    assertThat(evalAll("EXTRACT(DOY FROM dt), FLOOR(dt TO MONTH), CAST(dt AS TIMESTAMP(3)),"
        + " CAST(ts AS TIMESTAMP_LTZ(3)), CAST(CAST(ts AS TIMESTAMP_LTZ(3)) AS STRING),"
        + " TIMESTAMPDIFF(MONTH, TIMESTAMP '2023-12-31 00:00:00', ts),"
        + " TIMESTAMPDIFF(DAY, dt, DATE '2024-03-02'), TO_TIMESTAMP('29.02.2024', 'dd.MM.yyyy'),"
        + " TO_DATE('02/29/2024', 'MM/dd/yyyy'), FROM_UNIXTIME(b, 'yyyy'), TIME '10:11:12',"
        + " CAST(TIME '10:11:12' AS STRING), dt - INTERVAL '1' YEAR", input))
        .containsExactly(60L, LocalDate.of(2024, 2, 1), LocalDateTime.of(2024, 2, 29, 0, 0),
            Instant.parse("2024-02-29T23:59:59Z"), "2024-02-29 23:59:59.000", 1, 2,
            LocalDateTime.of(2024, 2, 29, 0, 0), LocalDate.of(2024, 2, 29), "1970",
            LocalTime.of(10, 11, 12), "10:11:12", LocalDate.of(2023, 2, 28));
    assertThat(evalAll("CURRENT_DATE, CURRENT_TIME, LOCALTIMESTAMP, UNIX_TIMESTAMP(), HASH_CODE(s),"
        + " RAND_INTEGER(10), E(), LOG(2, 8), REGEXP(s, '^[0-9]{4}-')", input))
        .doesNotContainNull().element(8).isEqualTo(true);
  }

  @Test
  void narrowNumbersLiteralsAndNulls() {
    assertThat(evalAll("CAST(i AS TINYINT) + CAST(1 AS TINYINT), CAST(i AS SMALLINT) * 2,"
        + " CAST(d AS FLOAT) / 2, 1.25 + 1, CAST(NULL AS INT) + i, TRUE AND i > 1,"
        + " X'41', CAST(b AS DECIMAL(5, 1)), CAST(3.99 AS INT), -CAST(i AS DECIMAL(3, 0))",
        row(5, 7L, 3.0))).containsExactly((byte) 6, 10, 1.5f, new BigDecimal("2.25"),
            null, true, new byte[] {0x41}, new BigDecimal("7.0"), 3, new BigDecimal("-5"));
  }

  @Test
  void castsToCharAndVarcharRespectTheLength() {
    assertThat(evalAll("CAST(s AS VARCHAR(3)), CAST(s AS CHAR(12)), CAST(i AS CHAR(3))",
        row(5, 1L, 1.0, "Hello World"))).containsExactly("Hel", "Hello World ", "5  ");
  }

  @Test
  void badCastsNameTheValueAndTheType() {
    Row input = row(5, 1L, 1.0, "2024-13-45");
    assertThatThrownBy(() -> eval("CAST(s AS DATE)", input))
        .isInstanceOf(EvaluationException.class).hasMessage("Cannot cast '2024-13-45' to DATE");
    assertThatThrownBy(() -> eval("CAST(s AS BOOLEAN)", input))
        .hasMessage("Cannot cast '2024-13-45' to BOOLEAN");
    assertThatThrownBy(() -> eval("CAST('300' AS TINYINT)", input))
        .hasMessage("Cannot cast '300' to TINYINT");
    assertThat(evalAll("TRY_CAST(s AS DATE), TRY_CAST(s AS TIMESTAMP(3)), TRY_CAST(i AS STRING)",
        input)).containsExactly(null, null, "5");
  }

  @Test
  void regexErrorsNameThePattern() {
    assertThatThrownBy(() -> eval("REGEXP_REPLACE(s, s, 'x')", row(1, 1L, 1.0, "(")))
        .isInstanceOf(EvaluationException.class)
        .hasMessageStartingWith("Invalid regular expression '(':");
  }

  @Test
  void filterAndProjectionOverPrimitivesDoNotAllocatePerRecord() {
    RowTransform transform = compile("SELECT b * 2 + i, d / 2, i > 3, CASE WHEN flag THEN b"
        + " ELSE -b END FROM t WHERE b > 0 AND d < 100 AND i IN (1, 5, 7)").newInstance();
    Row input = row(5, 10L, 2.5, null, null, null, null, true);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 20_000; i++) {
      transform.apply(input);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      transform.apply(input);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(transform.apply(input).toString()).isEqualTo("+I[25, 1.25, true, 10]");
    assertThat(allocated).isLessThan(100_000);
  }
}
