package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tiny run per source in this JVM: the runner's plumbing, not a benchmark. */
class TinyRunTest {

    @TempDir
    Path data;

    private BenchArguments arguments(String... extra) {
        List<String> line = new java.util.ArrayList<>(List.of("nexmark", "--events", "10000", "--data-dir", data.toString(),
                "--nexmark-dir", "../nexmark"));
        line.addAll(List.of(extra));
        return BenchArguments.parse(line, Path.of(".."));
    }

    @Test
    void runsAWindowQueryOverTheGenerator() throws Exception {
        BenchArguments arguments = arguments("--query", "q5", "--in-process");
        RunMeasurement measurement = EddyBench.runHere(arguments);
        assertThat(measurement.name()).isEqualTo("q5");
        assertThat(measurement.events()).isEqualTo(10_000);
        assertThat(measurement.jobSeconds()).isPositive().isLessThan(measurement.wallSeconds());
        assertThat(measurement.cpuSeconds()).isPositive();
        assertThat(measurement.peakResidentBytes()).isPositive();
    }

    @Test
    void generatesJsonFilesThatTheBaselineAndAQueryRead() throws Exception {
        BenchArguments arguments = arguments("--query", "q1", "--source", "json-file", "--in-process");
        assertThatThrownBy(() -> EddyBench.runHere(arguments)).hasMessageStartingWith("No JSON files in " + data)
                .hasMessageContaining("Hint: bin/eddy-bench generate --events 10000");
        Path directory = JsonFiles.generate(arguments, new NexmarkSql(Path.of("../nexmark/queries")));
        JsonLinesBaseline.Scan scan = JsonLinesBaseline.scan(JsonFiles.files(directory));
        assertThat(scan.lines()).as("every event, one line each").isEqualTo(10_000);
        RunMeasurement baseline = JsonLinesBaseline.measure(directory);
        assertThat(baseline.events()).isEqualTo(10_000);
        assertThat(EddyBench.runHere(arguments).events()).isEqualTo(10_000);
    }
}
