package io.eddy.catalog.function;

/**
 * A user-defined scalar function, as in Flink: one value in, one value out. Subclasses declare
 * one or more public, non-static methods named {@code eval}; a call picks the overload whose
 * parameters the SQL arguments fit (same count, then the closest types). Parameter and return
 * types map to SQL types as Flink extracts them: {@code String} STRING, {@code boolean} /
 * {@code Boolean} BOOLEAN, {@code byte} TINYINT, {@code short} SMALLINT, {@code int} INT,
 * {@code long} BIGINT, {@code float} FLOAT, {@code double} DOUBLE, {@code BigDecimal}
 * DECIMAL(38, 18), {@code byte[]} BYTES, {@code LocalDate} DATE, {@code LocalDateTime}
 * TIMESTAMP(3), {@code Instant} TIMESTAMP_LTZ(3). A null argument for a primitive parameter
 * makes the result null without calling {@code eval}; boxed and object parameters receive the
 * null. Calls are compiled into the generated per-record code as direct method calls.
 *
 * <pre>{@code
 * public class CountChar extends ScalarFunction {
 *   public long eval(String text, String ch) { ... }
 * }
 * }</pre>
 */
public abstract class ScalarFunction extends UserDefinedFunction {

  /** The name of the methods a scalar function implements. */
  public static final String EVAL = "eval";
}
