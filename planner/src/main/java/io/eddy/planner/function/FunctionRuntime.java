package io.eddy.planner.function;

import io.eddy.catalog.function.FunctionContext;
import io.eddy.runtime.operator.OperatorContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Helpers the generated code calls around user-defined functions: the {@link FunctionContext}
 * of a task and the conversions between the engine's values (epoch milliseconds for
 * timestamps) and the Java types {@code eval} methods take and return.
 */
public final class FunctionRuntime {

  private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(
      FunctionValueType.DECIMAL_PRECISION - FunctionValueType.DECIMAL_SCALE);

  private FunctionRuntime() {
  }

  /** The function context of the operator subtask {@code context}. */
  public static FunctionContext context(OperatorContext context) {
    return new FunctionContext(context.configuration().toMap(), context.taskName(),
        context.subtaskIndex(), context.parallelism());
  }

  /**
   * The context of functions called outside a task's lifecycle (join conditions, watermark
   * expressions): no job parameters, one subtask.
   */
  public static FunctionContext detachedContext(String taskName) {
    return new FunctionContext(Map.of(), taskName, 0, 1);
  }

  /** A TIMESTAMP value (epoch milliseconds of the wall-clock time) as a LocalDateTime. */
  public static LocalDateTime toLocalDateTime(long millis) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
        (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
  }

  /** A LocalDateTime as a TIMESTAMP(3) value; sub-millisecond digits are dropped. */
  public static long fromLocalDateTime(LocalDateTime value) {
    return value.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** A returned BigDecimal as DECIMAL(38, 18), or null when it does not fit, as in Flink. */
  public static BigDecimal toDecimal(BigDecimal value) {
    BigDecimal scaled = value.setScale(FunctionValueType.DECIMAL_SCALE, RoundingMode.HALF_UP);
    return scaled.abs().compareTo(DECIMAL_LIMIT) >= 0 ? null : scaled;
  }

  /** A checked exception thrown by a function's {@code eval}, to rethrow unchecked. */
  public static RuntimeException failure(String function, Exception cause) {
    if (cause instanceof RuntimeException unchecked) {
      return unchecked;
    }
    return new IllegalStateException("Function " + function + " failed: " + cause, cause);
  }
}
