package io.eddy.runtime.config;

/** The consistency guarantee of checkpoints ({@code execution.checkpointing.mode}), as Flink's. */
public enum CheckpointingMode {
    /** Barriers are aligned: a channel whose barrier arrived is not read until it arrived on all. */
    EXACTLY_ONCE,
    /** No alignment: every channel keeps being read; the snapshot is taken once the barrier arrived on all. */
    AT_LEAST_ONCE;

    /** Parses Flink's spellings, case-insensitively ({@code exactly_once}, {@code AT_LEAST_ONCE}). */
    public static CheckpointingMode parse(String text) {
        for (CheckpointingMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("expected EXACTLY_ONCE or AT_LEAST_ONCE");
    }
}
