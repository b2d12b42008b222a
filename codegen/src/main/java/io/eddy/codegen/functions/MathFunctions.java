package io.eddy.codegen.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;

/** Arithmetic and Flink's math functions as generated code calls them; arguments are not null. */
public final class MathFunctions {

  private MathFunctions() {
  }

  private static ArithmeticException divisionByZero() {
    return new ArithmeticException("Division by zero");
  }

  /** Integer division truncating towards zero. */
  public static long divide(long left, long right) {
    if (right == 0) {
      throw divisionByZero();
    }
    return left / right;
  }

  /** Integer division truncating towards zero. */
  public static int divide(int left, int right) {
    if (right == 0) {
      throw divisionByZero();
    }
    return left / right;
  }

  /** Integer remainder with the sign of the dividend. */
  public static long mod(long left, long right) {
    if (right == 0) {
      throw divisionByZero();
    }
    return left % right;
  }

  /** Integer remainder with the sign of the dividend. */
  public static int mod(int left, int right) {
    if (right == 0) {
      throw divisionByZero();
    }
    return left % right;
  }

  /** A decimal brought to the type's scale, or null when it does not fit its precision. */
  public static BigDecimal toPrecision(BigDecimal value, int precision, int scale) {
    BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
    return scaled.precision() > precision ? null : scaled;
  }

  public static BigDecimal add(BigDecimal left, BigDecimal right, int precision, int scale) {
    return toPrecision(left.add(right), precision, scale);
  }

  public static BigDecimal subtract(BigDecimal left, BigDecimal right, int precision, int scale) {
    return toPrecision(left.subtract(right), precision, scale);
  }

  public static BigDecimal multiply(BigDecimal left, BigDecimal right, int precision, int scale) {
    return toPrecision(left.multiply(right), precision, scale);
  }

  public static BigDecimal divide(BigDecimal left, BigDecimal right, int precision, int scale) {
    if (right.signum() == 0) {
      throw divisionByZero();
    }
    return toPrecision(left.divide(right, MathContext.DECIMAL128), precision, scale);
  }

  public static BigDecimal mod(BigDecimal left, BigDecimal right, int precision, int scale) {
    if (right.signum() == 0) {
      throw divisionByZero();
    }
    return toPrecision(left.remainder(right), precision, scale);
  }

  public static BigDecimal negate(BigDecimal value) {
    return value.negate();
  }

  public static BigDecimal abs(BigDecimal value) {
    return value.abs();
  }

  public static int sign(BigDecimal value) {
    return value.signum();
  }

  public static BigDecimal floor(BigDecimal value, int scale) {
    return value.setScale(0, RoundingMode.FLOOR).setScale(scale);
  }

  public static BigDecimal ceil(BigDecimal value, int scale) {
    return value.setScale(0, RoundingMode.CEILING).setScale(scale);
  }

  /** ROUND(x, digits) as Flink rounds: half up, away from zero. */
  public static BigDecimal round(BigDecimal value, int digits, int scale) {
    return value.setScale(digits, RoundingMode.HALF_UP).setScale(scale, RoundingMode.HALF_UP);
  }

  public static double round(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
  }

  public static long round(long value, int digits) {
    if (digits >= 0) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).longValue();
  }

  public static BigDecimal truncate(BigDecimal value, int digits, int scale) {
    return value.setScale(digits, RoundingMode.DOWN).setScale(scale, RoundingMode.DOWN);
  }

  public static double truncate(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.DOWN).doubleValue();
  }

  public static long truncate(long value, int digits) {
    if (digits >= 0) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.DOWN).longValue();
  }

  /** LOG(base, x). */
  public static double log(double base, double value) {
    return Math.log(value) / Math.log(base);
  }

  public static double rand() {
    return ThreadLocalRandom.current().nextDouble();
  }

  /** RAND_INTEGER(bound): 0 (inclusive) to bound (exclusive). */
  public static int randInteger(int bound) {
    return ThreadLocalRandom.current().nextInt(bound);
  }

  /** Comparison of two doubles as SQL compares them. */
  public static int compare(double left, double right) {
    return Double.compare(left, right);
  }
}
