package io.eddy.engine.testplugins;

import io.eddy.catalog.function.ScalarFunction;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Scalar functions for tests, as static nested classes, and classes that are not functions. */
public final class TestFunctions {

    private TestFunctions() {
    }

    /** Shifts timestamps and dates by whole days. */
    public static final class PlusDays extends ScalarFunction {

        public LocalDateTime eval(LocalDateTime time, int days) {
            return time.plusDays(days);
        }

        public LocalDate eval(LocalDate date, int days) {
            return date.plusDays(days);
        }
    }

    /** Joins its arguments after the first with the first: varargs. */
    public static final class JoinWith extends ScalarFunction {

        public String eval(String separator, String... parts) {
            return String.join(separator, parts);
        }

        public long eval(long... values) {
            long sum = 0;
            for (long value : values) {
                sum += value;
            }
            return sum;
        }
    }

    /** A nondeterministic function: each instance counts its calls. */
    public static final class Sequence extends ScalarFunction {

        private long next;

        public long eval() {
            return next++;
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }

    /** Fails with a checked exception for a negative argument. */
    public static final class Checked extends ScalarFunction {

        public int eval(int value) throws Exception {
            if (value < 0) {
                throw new Exception("negative value " + value);
            }
            return value;
        }
    }

    /** A scalar function without an eval method. */
    public static final class NoEval extends ScalarFunction {
    }

    /** A scalar function whose eval takes a type SQL cannot pass. */
    public static final class ListEval extends ScalarFunction {

        public String eval(java.util.List<String> values) {
            return String.valueOf(values);
        }
    }

    /** Has an eval but is not a scalar function. */
    public static final class NotAFunction {

        public String eval(String text) {
            return text;
        }
    }
}
