package io.eddy.engine.testplugins;

import io.eddy.catalog.function.FunctionContext;
import io.eddy.catalog.function.ScalarFunction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scalar function for tests with a lifecycle: {@link #open} reads the job parameter
 * {@code test.prefix} and counts instances opened and closed.
 */
public final class Prefixed extends ScalarFunction {

    /** Instances opened and closed in this JVM. */
    public static final AtomicInteger OPENED = new AtomicInteger();
    public static final AtomicInteger CLOSED = new AtomicInteger();

    private String prefix;

    @Override
    public void open(FunctionContext context) {
        prefix = context.getJobParameter("test.prefix", ">");
        OPENED.incrementAndGet();
    }

    @Override
    public void close() {
        CLOSED.incrementAndGet();
    }

    public String eval(String text) {
        if (prefix == null) {
            throw new IllegalStateException("eval before open");
        }
        return prefix + text;
    }
}
