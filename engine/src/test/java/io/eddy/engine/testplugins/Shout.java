package io.eddy.engine.testplugins;

import io.eddy.catalog.function.ScalarFunction;
import java.util.Locale;

/** A scalar function for tests: the text in upper case. */
public final class Shout extends ScalarFunction {

    /** The text in upper case, or null. */
    public String eval(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
