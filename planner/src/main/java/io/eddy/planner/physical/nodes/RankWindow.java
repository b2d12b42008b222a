package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operators.rank.WindowRankOperator;
import java.util.List;

/**
 * The windows a window Top-N or window deduplication ranks within: rows carry their window's
 * start and end as fields, from a window table function or a window aggregate below.
 *
 * @param spec the windows, as written in SQL
 * @param startField the input index of {@code window_start}
 * @param endField the input index of {@code window_end}
 */
public record RankWindow(WindowSpec spec, int startField, int endField) {

  /** How window rankings emit and treat late rows, as plans print it. */
  static final String EMIT = "emit=[on watermark past window end], late=[drop, count "
      + WindowRankOperator.LATE_RECORDS_DROPPED + "]";

  public RankWindow {
    requireNonNull(spec, "spec is null");
    if (startField < 0 || endField < 0 || startField == endField) {
      throw new IllegalArgumentException(
          "window start field " + startField + " and end field " + endField);
    }
  }

  /** As plans print it: {@code TUMBLE(size=[10 s]), win_start=[window_start], win_end=[...]}. */
  String text(List<String> inputNames) {
    return spec + ", win_start=[" + inputNames.get(startField) + "], win_end=["
        + inputNames.get(endField) + "]";
  }
}
