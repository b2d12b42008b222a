package io.eddy.engine.testplugins;

import io.eddy.catalog.function.ScalarFunction;
import java.math.BigDecimal;

/** A scalar function for tests with overloads: names the overload a call picked and its argument. */
public final class Describe extends ScalarFunction {

    public String eval(int value) {
        return "int " + value;
    }

    public String eval(long value) {
        return "bigint " + value;
    }

    public String eval(double value) {
        return "double " + value;
    }

    public String eval(BigDecimal value) {
        return value == null ? "decimal null" : "decimal " + value.stripTrailingZeros().toPlainString();
    }

    public String eval(String value) {
        return "string " + value;
    }

    /** A boxed parameter receives SQL NULL as null. */
    public String eval(String value, Integer count) {
        return value + " x " + count;
    }
}
