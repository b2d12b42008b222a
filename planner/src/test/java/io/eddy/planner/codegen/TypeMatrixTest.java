package io.eddy.planner.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every comparison and arithmetic operation between scalar columns, and every cast the validator accepts between the scalar columns of {@code t} and the scalar types
 * compiles and runs on a null row and a row of values (or fails with a cast message).
 */
class TypeMatrixTest {

  private static final List<String> COLUMNS = List.of("i", "b", "d", "s", "amount", "ts", "dt",
      "flag");
  private static final List<String> TYPES = List.of("TINYINT", "SMALLINT", "INT", "BIGINT",
      "FLOAT", "DOUBLE", "DECIMAL(10, 2)", "STRING", "CHAR(4)", "BOOLEAN", "DATE",
      "TIMESTAMP(3)", "TIMESTAMP_LTZ(3)", "TIME", "BYTES");

  @Test
  void everyAcceptedCastCompilesAndRuns() {
    Row values = Expressions.row(1, 2L, 3.5, "7", new BigDecimal("4.25"),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalDate.of(2024, 1, 2), true);
    Row nulls = Expressions.row();
    List<String> compiled = new ArrayList<>();
    for (String column : COLUMNS) {
      for (String type : TYPES) {
        String expression = "CAST(" + column + " AS " + type + ")";
        GeneratedCode<?> code;
        try {
          code = Expressions.compile("SELECT " + expression + " FROM t");
        } catch (PlannerException rejected) {
          assertThat(rejected.getMessage()).as(expression).containsAnyOf(
              "Cast function cannot convert", "(use TO_TIMESTAMP_LTZ or UNIX_TIMESTAMP)",
              "to VARBINARY(2147483647) is not supported yet");
          continue;
        }
        compiled.add(expression);
        var transform = Expressions.compile("SELECT " + expression + " FROM t").newInstance();
        assertThat(transform.apply(nulls).isNullAt(0)).as(expression).isTrue();
        try {
          transform.apply(values);
        } catch (RuntimeException e) {
          assertThat(e).as(expression).hasMessageStartingWith("Cannot cast");
        }
        assertThat(code.source()).isNotEmpty();
      }
    }
    assertThat(compiled).hasSizeGreaterThan(50);
  }

  @Test
  void everyAcceptedOperatorBetweenColumnsCompilesAndRuns() {
    Row values = Expressions.row(1, 2L, 3.5, "7", new BigDecimal("4.25"),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalDate.of(2024, 1, 2), true);
    Row nulls = Expressions.row();
    int compiled = 0;
    List<String> columns = List.of("i", "d", "s", "amount", "ts", "flag");
    for (String left : columns) {
      for (String right : columns) {
        for (String operator : List.of("<")) {
          String expression = left + " " + operator + " " + right;
          GeneratedCode<io.eddy.runtime.function.RowTransform> code;
          try {
            code = Expressions.compile("SELECT " + expression + " FROM t");
          } catch (PlannerException rejected) {
            assertThat(rejected.getMessage()).as(expression).doesNotContain("supported yet");
            continue;
          }
          compiled++;
          var transform = code.newInstance();
          assertThat(transform.apply(nulls).getField(0)).as(expression)
              .isIn(null, false);
          try {
            transform.apply(values);
          } catch (RuntimeException e) {
            assertThat(e).as(expression).hasMessageStartingWith("Cannot cast");
          }
        }
      }
    }
    assertThat(compiled).isGreaterThanOrEqualTo(15);
  }

  @Test
  void castsBetweenNumbersAndTimestampsAreRejectedNotGuessed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> Expressions.compile("SELECT CAST(b AS TIMESTAMP(3)) FROM t"))
        .isInstanceOf(PlannerException.class)
        .hasMessage("CAST from BIGINT to TIMESTAMP(3) (use TO_TIMESTAMP_LTZ or UNIX_TIMESTAMP)"
            + " is not supported yet");
  }
}
