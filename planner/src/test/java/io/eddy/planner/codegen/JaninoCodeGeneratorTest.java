package io.eddy.planner.codegen;

import static io.eddy.planner.codegen.Expressions.compile;
import static io.eddy.planner.codegen.Expressions.eval;
import static io.eddy.planner.codegen.Expressions.evalAll;
import static io.eddy.planner.codegen.Expressions.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.function.RowTransform;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JaninoCodeGeneratorTest {

  private static final LocalDateTime TS = LocalDateTime.of(2024, 3, 15, 10, 30, 45, 123_000_000);
  private static final Row SAMPLE = row(7, 100L, 2.5, "Hello World", new BigDecimal("12.34"),
      TS, java.time.LocalDate.of(2024, 3, 15), true, List.of(10L, 20L), Map.of("k", 5L),
      null);
  private static final Row NULLS = row();

  @Test
  void filterAndProjectKeepRowKindAndReuseOutputRow() {
    GeneratedCode<RowTransform> code = compile("SELECT b * 2, s FROM t WHERE i > 5 AND flag");
    RowTransform transform = code.newInstance();
    Row input = SAMPLE.copy().setKind(RowKind.UPDATE_AFTER);
    Row first = transform.apply(input);
    assertThat(first.toString()).isEqualTo("+U[200, Hello World]");
    assertThat(transform.apply(input)).isSameAs(first);
    assertThat(transform.apply(row(3, 1L))).isNull();
    assertThat(transform.apply(NULLS)).isNull();
  }

  @Test
  void sameSourceIsCompiledOnce() {
    GeneratedCode<RowTransform> first = compile("SELECT b + 1 FROM t WHERE i > 2");
    GeneratedCode<RowTransform> second = compile("SELECT b + 1 FROM t WHERE i > 2");
    assertThat(second.source()).isEqualTo(first.source());
    assertThat(second.newInstance().getClass()).isSameAs(first.newInstance().getClass());
    assertThat(first.source()).contains("private boolean filter(").contains("project0(");
  }

  @Test
  void arithmetic() {
    assertThat(evalAll("i + 1, b - i, b * 3, b / 7, b % 7, -b, d * 2, d / 0", SAMPLE))
        .containsExactly(8, 93L, 300L, 14L, 2, -100L, 5.0, Double.POSITIVE_INFINITY);
    assertThat(evalAll("amount + 1, amount * 2, amount / 4", SAMPLE))
        .containsExactly(new BigDecimal("13.34"), new BigDecimal("24.68"),
            new BigDecimal("3.0850000000000"));
    assertThat(eval("i + 1", NULLS)).isNull();
  }

  @Test
  void integerDivisionByZeroFails() {
    assertThatThrownBy(() -> eval("b / (i - 7)", SAMPLE))
        .isInstanceOf(ArithmeticException.class).hasMessage("Division by zero");
  }

  @Test
  void threeValuedLogic() {
    Row nullFlag = row(1, 2L);
    assertThat(evalAll("flag AND i > 5, flag OR i > 5, NOT flag, flag IS NULL,"
        + " flag IS NOT TRUE, flag IS FALSE", nullFlag))
        .containsExactly(false, null, null, true, true, false);
    assertThat(evalAll("flag AND i > 0, flag OR i > 0", nullFlag)).containsExactly(null, true);
    assertThat(evalAll("flag AND i > 5", row(1, 2L, null, null, null, null, null, false)))
        .containsExactly(false);
  }

  @Test
  void comparisonsAndPredicates() {
    assertThat(evalAll("s = 'Hello World', s < 'I', amount > 12, d >= b, i BETWEEN 1 AND 7,"
        + " i IN (1, 7, 9), s LIKE 'Hel%', s NOT LIKE '_ello%', b IS DISTINCT FROM NULL,"
        + " ts > TIMESTAMP '2024-01-01 00:00:00', s SIMILAR TO 'H(e|a)llo%'", SAMPLE))
        .containsExactly(true, true, true, false, true, true, true, false, true, true, true);
    assertThat(evalAll("i IN (1, 2), i IS NOT DISTINCT FROM NULL", NULLS))
        .containsExactly(null, true);
  }

  @Test
  void caseCoalesceNullIfAndIf() {
    assertThat(evalAll("CASE WHEN i > 10 THEN 'big' WHEN i > 5 THEN 'mid' ELSE 'small' END,"
        + " COALESCE(s, 'none'), NULLIF(i, 7), IF(i > 5, b, 0)", SAMPLE))
        .containsExactly("mid", "Hello World", null, 100L);
    assertThat(evalAll("CASE WHEN i > 10 THEN 'big' END, COALESCE(s, 'none')", NULLS))
        .containsExactly(null, "none");
    assertThat(eval("CASE WHEN i <> 0 THEN b / i ELSE -1 END", row(0, 5L))).isEqualTo(-1L);
  }

  @Test
  void casts() {
    assertThat(evalAll("CAST(s AS VARCHAR), CAST(i AS STRING), CAST('42' AS INT),"
        + " CAST(' 3.5 ' AS DOUBLE), CAST(CAST(d AS STRING) AS DECIMAL(5, 2)), CAST(d AS BIGINT),"
        + " CAST('true' AS BOOLEAN), CAST(flag AS STRING), CAST(ts AS STRING),"
        + " CAST(ts AS DATE), CAST('2024-01-02 03:04:05' AS TIMESTAMP(3)),"
        + " CAST(amount AS DOUBLE)", SAMPLE))
        .containsExactly("Hello World", "7", 42, 3.5, new BigDecimal("2.50"), 2L, true,
            "TRUE", "2024-03-15 10:30:45.123", java.time.LocalDate.of(2024, 3, 15),
            LocalDateTime.of(2024, 1, 2, 3, 4, 5), 12.34);
  }

  @Test
  void badCastFailsNamingValueAndTypeWhileTryCastGivesNull() {
    assertThatThrownBy(() -> eval("CAST(s AS INT)", SAMPLE))
        .hasMessage("Cannot cast 'Hello World' to INTEGER");
    assertThat(eval("TRY_CAST(s AS INT)", SAMPLE)).isNull();
    assertThat(eval("TRY_CAST('12' AS INT)", SAMPLE)).isEqualTo(12);
  }

  @Test
  void stringFunctions() {
    assertThat(evalAll("UPPER(s), LOWER(s), SUBSTRING(s, 7), SUBSTRING(s FROM 1 FOR 5),"
        + " CHAR_LENGTH(s), POSITION('World' IN s), TRIM(BOTH 'H' FROM s), LTRIM('  a'),"
        + " REPLACE(s, 'World', 'There'), s || '!', CONCAT(s, '?', 'x'),"
        + " CONCAT_WS('-', 'a', CAST(NULL AS STRING), 'b'), INITCAP('hello wORLD')",
        SAMPLE)).containsExactly("HELLO WORLD", "hello world", "World", "Hello", 11, 7,
            "ello World", "a", "Hello There", "Hello World!", "Hello World?x", "a-b",
            "Hello World");
    assertThat(evalAll("LPAD('ab', 5, 'xy'), RPAD('ab', 3, '*'), REPEAT('ab', 2),"
        + " REVERSE('abc'), LEFT(s, 2), RIGHT(s, 3), MD5('a'), TO_BASE64('hi'),"
        + " FROM_BASE64('aGk='), HASH_CODE('a'), SPLIT_INDEX('a,b,c', ',', 1),"
        + " REGEXP_EXTRACT('foo123bar', '([a-z]+)([0-9]+)', 2),"
        + " REGEXP_REPLACE('a1b2', '[0-9]', '#'), SUBSTR('hello', 2, 3)", SAMPLE))
        .containsExactly("xyxab", "ab*", "abab", "cba", "He", "rld",
            "0cc175b9c0f1b6a831c399e269772661", "aGk=", "hi", 97, "b", "123", "a#b#", "ell");
    assertThat(eval("UPPER(s)", NULLS)).isNull();
  }

  @Test
  void mathFunctions() {
    assertThat(evalAll("ABS(-i), CEIL(d), FLOOR(d), ROUND(d), ROUND(amount, 1), TRUNCATE(amount, 1),"
        + " POWER(2, 10), SQRT(16.0), LN(1.0), LOG10(100.0), EXP(0.0), MOD(b, 7), SIGN(-d),"
        + " PI()", SAMPLE)).containsExactly(7, 3.0, 2.0, 3.0, new BigDecimal("12.30"),
            new BigDecimal("12.30"), 1024.0, 4.0, 0.0, 2.0, 1.0, 2, -1.0, Math.PI);
    assertThat((Double) eval("RAND()", SAMPLE)).isBetween(0.0, 1.0);
  }

  @Test
  void dateFormatOfAConstantPatternKeepsItsFormatInTheCallSite() {
    GeneratedCode<RowTransform> code = compile("SELECT DATE_FORMAT(ts, 'yyyy-MM-dd'),"
        + " DATE_FORMAT(CAST(ts AS STRING), 'yyyy'), DATE_FORMAT(ts, s) FROM t");
    assertThat(code.source()).contains(".format(").contains("dateFormat(");
    Row result = code.newInstance().apply(row(1, 1L, null, "'at' HH:mm", null, TS));
    assertThat(result.toString()).isEqualTo("+I[2024-03-15, 2024, at 10:30]");
    assertThatThrownBy(() -> eval("DATE_FORMAT(ts, 'yyyy {')", SAMPLE))
        .hasMessageStartingWith("Invalid date-time format 'yyyy {'");
  }

  @Test
  void temporalFunctions() {
    assertThat(evalAll("DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm'), EXTRACT(YEAR FROM ts),"
        + " MONTH(ts), DAYOFMONTH(ts), HOUR(ts), MINUTE(ts), SECOND(ts),"
        + " FLOOR(ts TO HOUR), CEIL(ts TO DAY), ts + INTERVAL '1' DAY,"
        + " ts - INTERVAL '2' MONTH, TIMESTAMPDIFF(HOUR, TIMESTAMP '2024-03-15 00:00:00', ts),"
        + " TO_TIMESTAMP('2024-01-02 03:04:05'), TO_TIMESTAMP_LTZ(0, 0),"
        + " TO_DATE('2024-02-03'), FROM_UNIXTIME(0), UNIX_TIMESTAMP('1970-01-01 00:01:00'),"
        + " dt + INTERVAL '1' DAY, TIMESTAMPADD(MINUTE, 5, ts)", SAMPLE))
        .containsExactly("2024-03-15 10:30", 2024L, 3L, 15L, 10L, 30L, 45L,
            LocalDateTime.of(2024, 3, 15, 10, 0), LocalDateTime.of(2024, 3, 16, 0, 0),
            TS.plusDays(1), TS.minusMonths(2), 10, LocalDateTime.of(2024, 1, 2, 3, 4, 5),
            java.time.Instant.EPOCH, java.time.LocalDate.of(2024, 2, 3),
            "1970-01-01 00:00:00", 60L, java.time.LocalDate.of(2024, 3, 16),
            TS.plusMinutes(5));
    assertThat(eval("CURRENT_TIMESTAMP", SAMPLE)).isNotNull();
    assertThat(eval("NOW()", SAMPLE)).isNotNull();
    assertThat(eval("TO_TIMESTAMP('garbage')", SAMPLE)).isNull();
  }

  @Test
  void timestampDifferencesBelowASecondCountInTheirUnit() {
    assertThat(evalAll("TIMESTAMPDIFF(MILLISECOND, TIMESTAMP '2024-03-15 10:30:44.250', ts),"
        + " TIMESTAMPDIFF(MICROSECOND, ts, TIMESTAMP '2024-03-15 10:30:46.5'),"
        + " TIMESTAMPDIFF(NANOSECOND, ts, TIMESTAMP '2024-03-15 10:30:45.001'),"
        + " TIMESTAMPDIFF(SECOND, TIMESTAMP '2024-03-15 10:30:44.250', ts),"
        + " TIMESTAMPDIFF(MILLISECOND, ts, CAST(NULL AS TIMESTAMP(3)))", SAMPLE))
        .containsExactly(873, 1_377_000, -122_000_000L, 0, null);
  }

  @Test
  void jsonFunctions() {
    assertThat(evalAll("JSON_VALUE('{\"a\": {\"b\": 5}}', '$.a.b'),"
        + " JSON_VALUE('{\"a\": 5}', '$.a' RETURNING INTEGER),"
        + " JSON_QUERY('{\"a\": [1, 2]}', '$.a'), JSON_EXISTS('{\"a\": 1}', '$.b'),"
        + " '{\"a\": 1}' IS JSON, 'nope' IS JSON OBJECT, JSON_VALUE('oops', '$.a')", SAMPLE))
        .containsExactly("5", 5, "[1,2]", false, true, false, null);
  }

  @Test
  void nestedFieldsArraysAndMaps() {
    Row nested = SAMPLE.copy();
    Row inner = Expressions.row();
    nested.setField(10, Row.withValues(RowKind.INSERT, nested.schema().type(10).rowSchema(),
        3L, "y"));
    assertThat(evalAll("r.x, r.y, arr[2], arr[5], m['k'], m['z']", nested))
        .containsExactly(3L, "y", 20L, null, 5L, null);
    assertThat(inner.arity()).isEqualTo(11);
  }

  @Test
  void unsupportedFunctionFailsNamingIt() {
    assertThatThrownBy(() -> compile("SELECT OVERLAY(s PLACING 'x' FROM 1) FROM t"))
        .isInstanceOf(PlannerException.class)
        .hasMessageContaining("OVERLAY is not supported yet");
  }

  @Test
  void timestampExtractorAndJoinCondition() {
    var plan = new io.eddy.planner.explain.Explainer(Expressions.context()).plan(
        new io.eddy.parser.EddySqlParser().parseStatement("SELECT ts, b, i FROM t"));
    var project = (org.apache.calcite.rel.logical.LogicalProject) plan;
    var input = project.getInput().getRowType();
    var rex = project.getCluster().getRexBuilder();
    var extractor = Expressions.GENERATOR.timestamp("wm", input, project.getProjects().get(0))
        .newInstance();
    assertThat(extractor.applyAsLong(SAMPLE)).isEqualTo(
        TS.toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
    assertThat(extractor.applyAsLong(NULLS)).isEqualTo(Long.MIN_VALUE);
    int count = input.getFieldCount();
    var condition = rex.makeCall(org.apache.calcite.sql.fun.SqlStdOperatorTable.LESS_THAN,
        rex.makeInputRef(input.getFieldList().get(1).getType(), 1),
        rex.makeInputRef(input.getFieldList().get(1).getType(), count + 1));
    var join = Expressions.GENERATOR.joinCondition("join", input, input, condition)
        .newInstance();
    assertThat(join.test(SAMPLE, row(1, 200L))).isTrue();
    assertThat(join.test(row(1, 300L), SAMPLE)).isFalse();
    assertThat(join.test(NULLS, SAMPLE)).isFalse();
  }
}
