package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.config.ConfigOption;
import java.util.List;

/** Options of the window aggregate operators, with Flink's keys. */
public final class WindowAggregateOptions {

    /**
     * The (key, slice) accumulators a sliced window aggregate subtask combines in memory before it writes
     * them into keyed state; it also writes them when a window is about to fire and before a snapshot.
     */
    public static final ConfigOption<Integer> BUFFER_SIZE_LIMIT = new ConfigOption<>(
            "table.exec.window-agg.buffer-size-limit", 100_000, WindowAggregateOptions::parsePositive,
            "(Key, slice) accumulators a window aggregate subtask combines in memory before writing them to state.");

    public static final List<ConfigOption<?>> ALL = List.of(BUFFER_SIZE_LIMIT);

    private WindowAggregateOptions() {
    }

    private static int parsePositive(String text) {
        int value = Integer.parseInt(text);
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1, got " + value);
        }
        return value;
    }
}
