package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operators.WindowAssigner;
import io.eddy.runtime.operators.aggregate.OffsetWindowAssigner;
import java.time.Duration;

/**
 * The windows of a window aggregate or window table function, as written in SQL.
 *
 * @param kind the window function
 * @param size TUMBLE and HOP: the window size; CUMULATE: the max size; SESSION: the gap
 * @param step HOP: the slide; CUMULATE: the step; otherwise {@code null}
 * @param offset TUMBLE, HOP and CUMULATE: how far windows are shifted from the epoch's alignment
 */
public record WindowSpec(Kind kind, Duration size, Duration step, Duration offset) {

  /** The window functions. */
  public enum Kind { TUMBLE, HOP, CUMULATE, SESSION }

  public WindowSpec {
    requireNonNull(kind, "kind is null");
    requireNonNull(size, "size is null");
    if ((kind == Kind.HOP || kind == Kind.CUMULATE) != (step != null)) {
      throw new IllegalArgumentException(kind + " window with step " + step);
    }
    requireNonNull(offset, "offset is null");
    if (kind == Kind.SESSION && !offset.isZero()) {
      throw new IllegalArgumentException("SESSION windows have no offset");
    }
  }

  /** Windows aligned to the epoch (no offset). */
  public WindowSpec(Kind kind, Duration size, Duration step) {
    this(kind, size, step, Duration.ZERO);
  }

  /** The runtime's assigner of TUMBLE, HOP and CUMULATE windows. */
  public WindowAssigner assigner() {
    WindowAssigner aligned = switch (kind) {
      case TUMBLE -> WindowAssigner.tumbling(size);
      case HOP -> WindowAssigner.hopping(size, step);
      case CUMULATE -> WindowAssigner.cumulative(step, size);
      case SESSION -> throw new IllegalStateException("SESSION windows merge; they have no assigner");
    };
    return OffsetWindowAssigner.of(aligned, offset);
  }

  /** Flink's spelling in plans: {@code TUMBLE(size=[10 s])}. */
  @Override
  public String toString() {
    String windows = switch (kind) {
      case TUMBLE -> "TUMBLE(size=[" + text(size) + "])";
      case HOP -> "HOP(slide=[" + text(step) + "], size=[" + text(size) + "])";
      case CUMULATE -> "CUMULATE(max_size=[" + text(size) + "], step=[" + text(step) + "])";
      case SESSION -> "SESSION(gap=[" + text(size) + "])";
    };
    return offset.isZero() ? windows
        : windows.substring(0, windows.length() - 1) + ", offset=[" + text(offset) + "])";
  }

  /** A duration as plans print it: {@code 10 s}, {@code 5 min}. */
  public static String text(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + " h";
    } else if (millis % 60_000 == 0) {
      return millis / 60_000 + " min";
    } else if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return millis + " ms";
  }
}
