package io.eddy.connectors.filesystem;

import io.eddy.catalog.options.OptionValues;

/**
 * When a part file is closed, besides at every checkpoint: at {@code sink.rolling-policy.file-size},
 * after {@code sink.rolling-policy.rollover-interval} open, or after
 * {@code sink.rolling-policy.inactivity-interval} without writes (checked when the writer flushes).
 *
 * @param fileSize bytes
 * @param rolloverMillis longest time a file stays open
 * @param inactivityMillis longest time without writes
 */
record RollingPolicy(long fileSize, long rolloverMillis, long inactivityMillis) {

    RollingPolicy {
        if (fileSize <= 0 || rolloverMillis <= 0 || inactivityMillis <= 0) {
            throw new IllegalArgumentException("rolling sizes and intervals must be positive");
        }
    }

    static RollingPolicy fromOptions(OptionValues options) {
        return new RollingPolicy(options.get(FileSystemOptions.SINK_ROLLING_POLICY_FILE_SIZE).bytes(),
                options.get(FileSystemOptions.SINK_ROLLING_POLICY_ROLLOVER_INTERVAL).toMillis(),
                options.get(FileSystemOptions.SINK_ROLLING_POLICY_INACTIVITY_INTERVAL).toMillis());
    }
}
