package io.eddy.planner.codegen;

import static io.eddy.planner.codegen.Expressions.eval;
import static io.eddy.planner.codegen.Expressions.evalAll;
import static io.eddy.planner.codegen.Expressions.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.codegen.functions.EvaluationException;
import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ROW, ARRAY and MAP constructors, element access and the collection functions in generated code. */
class CollectionExpressionsTest {

  private static final Row INPUT = row(5, 7L, 1.5, "x", null,
      LocalDateTime.of(2024, 1, 2, 3, 4, 5), null, true, List.of(10L, 20L),
      Map.of("k", 1L), null);

  @Test
  void arraysBoxTheirElementsAsTheElementTypeAndKeepNulls() {
    assertThat(evalAll("ARRAY[i, i + 1], ARRAY[b], ARRAY[d, 2.5], ARRAY[s, CAST(NULL AS STRING)],"
        + " ARRAY[CAST(i AS TINYINT)], ARRAY[flag], ARRAY[amount], ARRAY[ARRAY[b]]", INPUT))
        .containsExactly(List.of(5, 6), List.of(7L), List.of(1.5, 2.5), Arrays.asList("x", null),
            List.of((byte) 5), List.of(true), Arrays.asList((Object) null),
            List.of(List.of(7L)));
  }

  @Test
  void mapsKeepTheirKeysInOrderAndTheLastValueOfARepeatedKey() {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("z", 7L);
    expected.put("a", 8L);
    assertThat(eval("MAP['z', b, 'a', b + 1]", INPUT)).isEqualTo(expected);
    assertThat(eval("MAP['z', b, 'a', b + 1]", INPUT)).hasToString("{z=7, a=8}");
    assertThat(eval("MAP['a', 1, 'a', 2]", INPUT)).isEqualTo(Map.of("a", 2));
  }

  @Test
  void rowsHoldTheirFieldsAsRowsDo() {
    Row value = (Row) eval("ROW(i, s, ts, CAST(NULL AS BIGINT))", INPUT);
    assertThat(value.arity()).isEqualTo(4);
    assertThat(value.getField(0)).isEqualTo(5);
    assertThat(value.getField(1)).isEqualTo("x");
    assertThat(value.getField(2)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
    assertThat(value.isNullAt(3)).isTrue();
    assertThat(evalAll("(i, s).EXPR$1, ROW(b, ARRAY[s]).EXPR$1[1]", INPUT))
        .containsExactly("x", "x");
  }

  @Test
  void elementAccessIsOneBasedAndNullOutsideTheRange() {
    assertThat(evalAll("arr[1], arr[2], arr[0], arr[3], m['k'], m['missing'], ARRAY[s][1]",
        INPUT)).containsExactly(10L, 20L, null, null, 1L, null, "x");
    assertThat(evalAll("arr[1], m['k'], CARDINALITY(arr)", row())).containsExactly(null, null,
        null);
  }

  @Test
  void collectionFunctions() {
    assertThat(evalAll("CARDINALITY(arr), CARDINALITY(m), CARDINALITY(ARRAY[s, s, s]),"
        + " ELEMENT(ARRAY[s]), ELEMENT(ARRAY[CAST(NULL AS INT)]), ARRAY_CONTAINS(arr, b + 3),"
        + " ARRAY_CONTAINS(arr, b), ARRAY_CONTAINS(ARRAY[s, CAST(NULL AS STRING)], CAST(NULL AS STRING)),"
        + " ARRAY_CONTAINS(ARRAY[1.50, amount], 1.5)", INPUT))
        .containsExactly(2, 1, 3, "x", null, true, false, true, true);
    assertThatThrownBy(() -> eval("ELEMENT(arr)", INPUT))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("ELEMENT of an array with 2 elements: it must have at most one");
  }

  @Test
  void dateTimeElementsRoundTrip() {
    LocalDateTime ts = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000);
    Row input = row(1, 2L, 0.0, "x", null, ts, LocalDate.of(2024, 2, 29));
    assertThat(evalAll("ARRAY[ts], ARRAY[dt], ARRAY[TIME '10:11:12'], ARRAY[ts][1], ARRAY[dt][1],"
        + " MAP['t', TIME '10:11:12']['t'], ELEMENT(ARRAY[dt]), ARRAY[CAST(ts AS TIMESTAMP_LTZ(3))]",
        input)).containsExactly(List.of(ts), List.of(LocalDate.of(2024, 2, 29)),
            List.of(LocalTime.of(10, 11, 12)), ts, LocalDate.of(2024, 2, 29),
            LocalTime.of(10, 11, 12), LocalDate.of(2024, 2, 29),
            List.of(ts.toInstant(java.time.ZoneOffset.UTC)));
  }

  @Test
  void accessToAnIntervalArrayIsRefusedByName() {
    assertThatThrownBy(() -> eval("CARDINALITY(ARRAY[INTERVAL '1' SECOND])", INPUT))
        .isInstanceOf(PlannerException.class)
        .hasMessageContaining("An array or map of INTERVAL")
        .hasMessageEndingWith("values is not supported yet");
  }

  @Test
  void arrayAndMapFunctions() {
    Row input = row(2, 7L, 0.0, "x", null, null, null, null, Arrays.asList(3L, 1L, 3L, null, 1L),
        Map.of("k", 1L));
    assertThat(evalAll("ARRAY_POSITION(arr, 1), ARRAY_POSITION(arr, 9), ARRAY_REMOVE(arr, 3),"
        + " ARRAY_DISTINCT(arr), ARRAY_REVERSE(ARRAY[1, 2, 3]), MAP_KEYS(MAP['a', 1, 'b', 2]),"
        + " MAP_VALUES(MAP['a', 1, 'b', 2]), ARRAY_JOIN(ARRAY['a', CAST(NULL AS STRING), 'c'], '-'),"
        + " ARRAY_JOIN(ARRAY['a', CAST(NULL AS STRING)], '-', '?'), ARRAY_REMOVE(arr, CAST(NULL AS BIGINT))",
        input)).containsExactly(2L, 0L, Arrays.asList(1L, null, 1L), Arrays.asList(3L, 1L, null),
            List.of(3, 2, 1), List.of("a", "b"), List.of(1, 2), "a-c", "a-?",
            List.of(3L, 1L, 3L, 1L));
    assertThat(evalAll("ARRAY_POSITION(arr, 1), ARRAY_DISTINCT(arr), MAP_KEYS(m)", row()))
        .containsExactly(null, null, null);
  }

  @Test
  void decimalsKeepTheirValue() {
    assertThat(eval("ARRAY[CAST(1.5 AS DECIMAL(4, 2))][1]", INPUT))
        .isEqualTo(new BigDecimal("1.50"));
  }
}
