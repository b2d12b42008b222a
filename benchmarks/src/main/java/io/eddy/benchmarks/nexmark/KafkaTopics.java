package io.eddy.benchmarks.nexmark;

import java.nio.file.Path;

/** The Kafka source of the suite. */
final class KafkaTopics {

    private KafkaTopics() {
    }

    static RunMeasurement baseline(BenchArguments arguments) {
        throw new IllegalArgumentException("The kafka source is not available yet");
    }

    static RunMeasurement runQuery(BenchArguments arguments, NexmarkSql sql, String query, Path state, CheckpointLog log) {
        throw new IllegalArgumentException("The kafka source is not available yet");
    }

    static void load(BenchArguments arguments, Path directory) {
        throw new IllegalArgumentException("The kafka source is not available yet");
    }
}
