package io.eddy.codegen.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FunctionsTest {

  private static long millis(String text) {
    return TemporalFunctions.toMillis(LocalDateTime.parse(text));
  }

  @Test
  void substringFollowsFlink() {
    assertThat(StringFunctions.substring("hello", 2, 3)).isEqualTo("ell");
    assertThat(StringFunctions.substring("hello", 0, 2)).isEqualTo("he");
    assertThat(StringFunctions.substring("hello", -3)).isEqualTo("llo");
    assertThat(StringFunctions.substring("hello", 9)).isEmpty();
    assertThat(StringFunctions.substring("hello", 1, -1)).isEmpty();
  }

  @Test
  void splitPadAndTrim() {
    assertThat(StringFunctions.splitIndex("a,b", ",", 2)).isNull();
    assertThat(StringFunctions.splitIndex("a,b", ",", -1)).isNull();
    assertThat(StringFunctions.splitIndex("a||b", "||", 1)).isEqualTo("b");
    assertThat(StringFunctions.lpad("abc", 2, "x")).isEqualTo("ab");
    assertThat(StringFunctions.lpad("abc", -1, "x")).isNull();
    assertThat(StringFunctions.rpad("a", 3, "")).isNull();
    assertThat(StringFunctions.trim(true, true, "xy", "xyaxy")).isEqualTo("a");
    assertThat(StringFunctions.concatWs(",", new String[] {null, "a", null, "b"}))
        .isEqualTo("a,b");
    assertThatThrownBy(() -> StringFunctions.fromBase64("%%"))
        .hasMessage("FROM_BASE64: '%%' is not Base64 text");
  }

  @Test
  void likeEscapesAndSimilar() {
    assertThat(PatternFunctions.like("50%", "50!%", "!")).isTrue();
    assertThat(PatternFunctions.like("500", "50!%", "!")).isFalse();
    assertThat(PatternFunctions.like("a.b", "a.b", null)).isTrue();
    assertThat(PatternFunctions.like("axb", "a.b", null)).isFalse();
    assertThat(PatternFunctions.like("line\nbreak", "line%", null)).isTrue();
    assertThat(PatternFunctions.similar("abab", "(ab)+", null)).isTrue();
    assertThatThrownBy(() -> PatternFunctions.like("a", "a!", "!"))
        .hasMessage("Invalid escape sequence at the end of pattern 'a!'");
    assertThat(PatternFunctions.regexpExtract("x1", "([a-z])([0-9])", 3)).isNull();
  }

  @Test
  void castsNameValueAndType() {
    assertThat(CastFunctions.toLong(" 12 ", "INT", Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isEqualTo(12);
    assertThat(CastFunctions.toLong("12.7", "INT", Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isEqualTo(12);
    assertThatThrownBy(() -> CastFunctions.toLong("3000000000", "INT", Integer.MIN_VALUE,
        Integer.MAX_VALUE)).hasMessage("Cannot cast '3000000000' to INT");
    assertThat(CastFunctions.toDecimal("123.456", 5, 2)).isEqualTo(new BigDecimal("123.46"));
    assertThat(CastFunctions.toDecimal("12345.6", 5, 2)).isNull();
    assertThat(CastFunctions.fromTimestamp(millis("2024-01-02T03:04:05.120"), 3))
        .isEqualTo("2024-01-02 03:04:05.120");
    assertThat(CastFunctions.fromTimestamp(millis("2024-01-02T03:04:05.120"), 0))
        .isEqualTo("2024-01-02 03:04:05");
    assertThat(CastFunctions.parseTimestamp("2024-01-02")).isEqualTo(
        millis("2024-01-02T00:00"));
    assertThat(CastFunctions.fromDate(-1)).isEqualTo("1969-12-31");
  }

  @Test
  void temporalUnits() {
    long time = millis("2024-03-31T10:30:45.500");
    assertThat(TemporalFunctions.extract("QUARTER", time)).isEqualTo(1);
    assertThat(TemporalFunctions.extract("DOW", time)).isEqualTo(1);
    assertThat(TemporalFunctions.floor(time, "WEEK")).isEqualTo(millis("2024-03-31T00:00"));
    assertThat(TemporalFunctions.ceil(time, "MONTH")).isEqualTo(millis("2024-04-01T00:00"));
    assertThat(TemporalFunctions.addMonths(time, 1)).isEqualTo(
        millis("2024-04-30T10:30:45.500"));
    assertThat(TemporalFunctions.monthsBetween(time, millis("2024-01-31T10:30:45.500")))
        .isEqualTo(2);
    assertThat(TemporalFunctions.toTimestampLtz(5, 0)).isEqualTo(5000);
    assertThatThrownBy(() -> TemporalFunctions.toTimestampLtz(5, 6))
        .hasMessage("TO_TIMESTAMP_LTZ supports precision 0 or 3, got 6");
    assertThat(TemporalFunctions.toTimestamp("03/01/2024", "MM/dd/yyyy"))
        .isEqualTo(millis("2024-03-01T00:00"));
  }

  @Test
  void jsonPaths() {
    String json = "{\"a\": [{\"b\": 1}, {\"b\": null}], \"c d\": true}";
    assertThat(JsonFunctions.lookup(json, "$.a[0].b")).isEqualTo("1");
    assertThat(JsonFunctions.lookup(json, "$.a[1].b")).isNull();
    assertThat(JsonFunctions.lookup(json, "strict $['c d']")).isEqualTo("true");
    assertThat(JsonFunctions.isMissing(JsonFunctions.lookup(json, "$.x"))).isTrue();
    assertThat(JsonFunctions.isInvalid(JsonFunctions.lookup(json, "$.a"))).isTrue();
    assertThat(JsonFunctions.isInvalid(JsonFunctions.lookup("{", "$.a"))).isTrue();
    assertThatThrownBy(() -> JsonFunctions.lookup(json, "a.b"))
        .hasMessage("Invalid JSON path 'a.b': it must start with $");
    assertThat(JsonFunctions.isJson("[1]", "ARRAY")).isTrue();
    assertThat(JsonFunctions.isJson("1", "OBJECT")).isFalse();
  }

  @Test
  void arithmetic() {
    assertThatThrownBy(() -> MathFunctions.mod(1L, 0L)).hasMessage("Division by zero");
    assertThat(MathFunctions.divide(-7, 2)).isEqualTo(-3);
    assertThat(MathFunctions.round(2.5, 0)).isEqualTo(3.0);
    assertThat(MathFunctions.round(-2.5, 0)).isEqualTo(-3.0);
    assertThat(MathFunctions.round(1250L, -2)).isEqualTo(1300L);
    assertThat(MathFunctions.add(new BigDecimal("99.99"), new BigDecimal("0.01"), 4, 2))
        .isNull();
  }
}
