package io.eddy.planner.function;

import io.eddy.catalog.function.ScalarFunction;
import java.math.BigDecimal;

/** Scalar function classes for the planner's tests, good and bad. */
public final class TestScalarFunctions {

  private TestScalarFunctions() {
  }

  /** Overloads that differ by parameter types and count. */
  public static final class Kind extends ScalarFunction {

    public String eval(int value) {
      return "int";
    }

    public String eval(long value) {
      return "bigint";
    }

    public String eval(double value) {
      return "double";
    }

    public String eval(BigDecimal value) {
      return "decimal";
    }

    public Integer eval(String text, Integer count) {
      return count;
    }

    public long eval(String text, long count) {
      return count;
    }
  }

  /** A nondeterministic function shadowing a built-in name when registered as a system function. */
  public static final class Upper extends ScalarFunction {

    public boolean eval(String text) {
      return text.isEmpty();
    }

    @Override
    public boolean isDeterministic() {
      return false;
    }
  }

  /** Varargs after a fixed parameter, and a fixed overload that wins over them. */
  public static final class Joined extends ScalarFunction {

    public String eval(String separator, String... parts) {
      return String.join(separator, parts);
    }

    public int eval(String separator, String part) {
      return 1;
    }

    public long eval(int... values) {
      return values.length;
    }
  }

  /** Abstract, so not instantiable. */
  public abstract static class Abstract extends ScalarFunction {

    public String eval(String text) {
      return text;
    }
  }

  /** Without a constructor without arguments. */
  public static final class NeedsArgument extends ScalarFunction {

    public NeedsArgument(String argument) {
    }

    public String eval(String text) {
      return text;
    }
  }

  /** A constructor that fails. */
  public static final class FailingConstructor extends ScalarFunction {

    public FailingConstructor() {
      throw new IllegalStateException("no configuration");
    }

    public String eval(String text) {
      return text;
    }
  }
}
