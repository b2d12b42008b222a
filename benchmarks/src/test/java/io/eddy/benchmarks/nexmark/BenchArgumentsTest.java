package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.benchmarks.nexmark.BenchArguments.Command;
import io.eddy.benchmarks.nexmark.BenchArguments.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchArgumentsTest {

    private static final Path ROOT = Path.of("/repo");

    private static BenchArguments parse(String... arguments) {
        return BenchArguments.parse(List.of(arguments), ROOT);
    }

    @Test
    void defaultsFollowTheIssue() {
        BenchArguments arguments = parse("nexmark");
        assertThat(arguments.command()).isEqualTo(Command.NEXMARK);
        assertThat(arguments.queries()).containsExactly("q0");
        assertThat(arguments.events()).isEqualTo(10_000_000L);
        assertThat(arguments.parallelism()).isEqualTo(1);
        assertThat(arguments.source()).isEqualTo(Source.NEXMARK);
        assertThat(arguments.stateBackend()).isEqualTo("hashmap");
        assertThat(arguments.runs()).isEqualTo(3);
        assertThat(arguments.checkpointInterval()).isEmpty();
        assertThat(arguments.dataDirectory()).isEqualTo(Path.of("/repo/benchmarks/target/nexmark-data"));
        assertThat(arguments.nexmarkDirectory()).isEqualTo(Path.of("/repo/nexmark"));
        assertThat(arguments.inProcess()).isFalse();
    }

    @Test
    void readsEveryOption() {
        BenchArguments arguments = parse("nexmark", "--query", "q5,Q7 , q8", "--events", "1_000_000", "--parallelism", "2",
                "--source", "json-file", "--state-backend", "rocksdb", "--runs", "5", "--checkpoint-interval", "10s",
                "--tps", "1000", "--data-dir", "/data", "--kafka-rate", "20000", "--output", "out.md", "--jfr", "/jfr");
        assertThat(arguments.queries()).containsExactly("q5", "q7", "q8");
        assertThat(arguments.events()).isEqualTo(1_000_000L);
        assertThat(arguments.parallelism()).isEqualTo(2);
        assertThat(arguments.source()).isEqualTo(Source.JSON_FILE);
        assertThat(arguments.stateBackend()).isEqualTo("rocksdb");
        assertThat(arguments.runs()).isEqualTo(5);
        assertThat(arguments.checkpointInterval()).contains(Duration.ofSeconds(10));
        assertThat(arguments.eventsPerSecond()).isEqualTo(1000);
        assertThat(arguments.dataDirectory()).isEqualTo(Path.of("/data"));
        assertThat(arguments.kafkaRate()).isEqualTo(20_000);
        assertThat(arguments.output()).contains(Path.of("out.md"));
        assertThat(arguments.jfrDirectory()).contains(Path.of("/jfr"));
    }

    @Test
    void allMeansEverySupportedQuery() {
        assertThat(parse("nexmark", "--query", "all").queries()).contains("q0", "q5", "q7", "q8", "q12", "q14", "q22")
                .doesNotContain("q6", "q10", "q13");
    }

    @Test
    void firstResultIsACommandItsChildrenReadBack() {
        BenchArguments arguments = parse("first-result", "--query", "q1");
        assertThat(arguments.command()).isEqualTo(Command.FIRST_RESULT);
        assertThat(arguments.childArguments("q1")).startsWith("first-result", "--query", "q1");
    }

    @Test
    void checkpointComparisonDefaultsToAWindowQueryOnRocksDb() {
        BenchArguments arguments = parse("checkpoints");
        assertThat(arguments.queries()).containsExactly("q5");
        assertThat(arguments.stateBackend()).isEqualTo("rocksdb");
    }

    @Test
    void aChildRunReadsBackTheSameSettingsForOneQuery() {
        BenchArguments parent = parse("nexmark", "--query", "q0,q5", "--events", "5000", "--source", "json-file",
                "--checkpoint-interval", "2s", "--state-backend", "rocksdb");
        BenchArguments child = BenchArguments.parse(parent.childArguments("q5"), ROOT);
        assertThat(child.inProcess()).isTrue();
        assertThat(child.queries()).containsExactly("q5");
        assertThat(child.events()).isEqualTo(5000);
        assertThat(child.source()).isEqualTo(Source.JSON_FILE);
        assertThat(child.stateBackend()).isEqualTo("rocksdb");
        assertThat(child.checkpointInterval()).contains(Duration.ofSeconds(2));
        assertThat(child.latencyTopics()).isEmpty();
        assertThat(BenchArguments.parse(parent.forLatencyRun(100, "t-").childArguments("q1"), ROOT).latencyTopics())
                .contains("t-");
        assertThat(BenchArguments.parse(parent.withCheckpointInterval(Optional.empty()).childArguments("q5"), ROOT)
                .checkpointInterval()).isEmpty();
    }

    @Test
    void badInputIsOneLineNamingTheOption() {
        assertThatThrownBy(() -> parse()).hasMessageStartingWith("No command given. usage: bin/eddy-bench");
        assertThatThrownBy(() -> parse("bench")).hasMessage(
                "Unknown command 'bench'. Hint: one of nexmark, generate, baseline, checkpoints, first-result");
        assertThatThrownBy(() -> parse("nexmark", "--querys", "q1")).hasMessageStartingWith("Unknown option '--querys'.");
        assertThatThrownBy(() -> parse("nexmark", "--events")).hasMessageStartingWith("Option --events needs a value.");
        assertThatThrownBy(() -> parse("nexmark", "--events", "-5")).hasMessage(
                "Bad value '-5' for --events. Hint: a positive whole number such as 1000000");
        assertThatThrownBy(() -> parse("nexmark", "--runs", "three")).hasMessage(
                "Bad value 'three' for --runs. Hint: a positive whole number such as 1000000");
        assertThatThrownBy(() -> parse("nexmark", "--source", "file")).hasMessage(
                "Unknown value 'file' for --source. Hint: nexmark, json-file or kafka");
        assertThatThrownBy(() -> parse("nexmark", "--state-backend", "heap")).hasMessage(
                "Unknown value 'heap' for --state-backend. Hint: hashmap or rocksdb");
        assertThatThrownBy(() -> parse("nexmark", "--query", "q1,x")).hasMessage(
                "Bad query name 'x' in --query. Hint: q0, q5, q0,q1,q7 or all");
        assertThatThrownBy(() -> parse("nexmark", "--checkpoint-interval", "10")).hasMessage(
                "Bad value '10' for --checkpoint-interval. Hint: a positive duration such as 10s, 500ms or 1min");
        assertThatThrownBy(() -> parse("nexmark", "--checkpoint-interval", "0s")).hasMessageStartingWith("Bad value '0s'");
        assertThat(parse("nexmark", "--checkpoint-interval", "1min").checkpointInterval()).contains(Duration.ofMinutes(1));
    }

    @Test
    void theLatencyWarmUpDefaultsTo30SecondsAndMayBeNone() {
        assertThat(parse("nexmark").latencyWarmUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(parse("nexmark", "--latency-warm-up", "0s").latencyWarmUp()).isZero();
        assertThat(parse("nexmark", "--latency-warm-up", "1min").forLatencyRun(10, "t-").latencyWarmUp())
                .isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> parse("nexmark", "--latency-warm-up", "-5s")).hasMessage(
                "Bad value '-5s' for --latency-warm-up. Hint: a duration such as 10s, 500ms or 1min");
    }
}
