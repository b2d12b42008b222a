package io.eddy.codegen.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateFormatTest {

  @Test
  void aPatternIsRememberedForThePeriodItsLettersStopAt() {
    assertThat(DateFormat.periodOf("yyyy-MM-dd")).isEqualTo(86_400_000L);
    assertThat(DateFormat.periodOf("EEE, d MMM yyyy 'at' ")).isEqualTo(86_400_000L);
    assertThat(DateFormat.periodOf("yyyy-MM-dd HH")).isEqualTo(3_600_000L);
    assertThat(DateFormat.periodOf("hh 'o''clock' a")).isEqualTo(3_600_000L);
    assertThat(DateFormat.periodOf("HH:mm")).isEqualTo(60_000L);
    assertThat(DateFormat.periodOf("yyyy-MM-dd HH:mm:ss")).isEqualTo(1_000L);
    assertThat(DateFormat.periodOf("HH:mm:ss.SSS")).isZero();
    assertThat(DateFormat.periodOf("B")).isZero();
  }

  @Test
  void everyTimestampGetsTheTextOfItsOwnPeriod() {
    String[] patterns = {"yyyy-MM-dd", "yyyy-MM-dd HH", "HH:mm", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss.SSS", "'week' w, EEE"};
    long[] offsets = {0, 1, 999, 1_000, 59_999, 60_000, 3_599_999, 3_600_000, 86_399_999, 86_400_000, 86_400_001, 90_000_000};
    for (String pattern : patterns) {
      DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
      for (long base : new long[] {millis("2026-11-23T00:00:00"), millis("1969-12-31T00:00:00"), millis("1969-12-30T23:59:59.999")}) {
        for (long offset : offsets) {
          long value = base + offset;
          assertThat(TemporalFunctions.dateFormat(value, pattern))
              .as("%s at %s", pattern, TemporalFunctions.toLocalDateTime(value))
              .isEqualTo(formatter.format(TemporalFunctions.toLocalDateTime(value)));
        }
      }
    }
  }

  @Test
  void rowsOfOneDayShareOneString() {
    String first = TemporalFunctions.dateFormat(millis("2026-11-23T08:00:00"), "yyyy-MM-dd");
    assertThat(TemporalFunctions.dateFormat(millis("2026-11-23T23:59:59.999"), "yyyy-MM-dd")).isSameAs(first);
    assertThat(TemporalFunctions.dateFormat(millis("2026-11-24T00:00:00"), "yyyy-MM-dd")).isEqualTo("2026-11-24");
  }

  @Test
  void aBadPatternStillFailsEveryTime() {
    assertThatThrownBy(() -> TemporalFunctions.dateFormat(0L, "yyyy-MM-dd {")).isInstanceOf(EvaluationException.class)
        .hasMessageStartingWith("Invalid date-time format 'yyyy-MM-dd {'");
    assertThatThrownBy(() -> TemporalFunctions.dateFormat(0L, "yyyy-MM-dd {")).isInstanceOf(EvaluationException.class);
  }

  private static long millis(String text) {
    return TemporalFunctions.toMillis(LocalDateTime.parse(text));
  }
}
