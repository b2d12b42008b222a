package io.eddy.runtime.operators.rank;

import io.eddy.runtime.config.ConfigOption;
import java.util.List;

/** Options of the ranking operators, with Flink's keys. */
public final class RankOptions {

    /** Partitions whose sorted top rows an append-only Top-N subtask keeps in memory. */
    public static final ConfigOption<Integer> TOPN_CACHE_SIZE = new ConfigOption<>(
            "table.exec.rank.topn-cache-size", 10_000, RankOptions::parsePositive,
            "Partitions per Top-N subtask whose sorted top rows stay in memory (least recently used leave first).");

    public static final List<ConfigOption<?>> ALL = List.of(TOPN_CACHE_SIZE);

    private RankOptions() {
    }

    private static int parsePositive(String text) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got " + text);
        }
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1, got " + value);
        }
        return value;
    }
}
