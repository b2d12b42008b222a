package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aMeasurementLineReadsBackAsPrinted() {
        RunMeasurement measurement = new RunMeasurement("q5", 10_000_000, 12.5, 11.25, 20.125, 512L << 20,
                new Percentiles(1000, 3.5, 9.25, 40), Percentiles.NONE);
        String line = measurement.toLine();
        assertThat(line).startsWith("eddy-bench-result name=q5 events=10000000 wall=12.500 job=11.250 cpu=20.125");
        assertThat(RunMeasurement.parse(line)).isEqualTo(measurement);
        assertThat(measurement.eventsPerSecond()).isEqualTo(800_000);
        assertThat(measurement.eventsPerCpuSecond()).isEqualTo(10_000_000 / 20.125);
    }

    @Test
    void aLineThatIsNotAMeasurementIsRefused() {
        assertThatThrownBy(() -> RunMeasurement.parse("hello")).hasMessage("Not a measurement line: hello");
        assertThatThrownBy(() -> RunMeasurement.parse("eddy-bench-result name=q1 events=3"))
                .hasMessage("Field 'wall' missing in measurement line: eddy-bench-result name=q1 events=3");
    }

    @Test
    void percentilesUseNearestRank() {
        double[] millis = new double[100];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = 100 - i;
        }
        Percentiles percentiles = Percentiles.of(millis);
        assertThat(percentiles).isEqualTo(new Percentiles(100, 50, 99, 100));
        assertThat(Percentiles.of(new double[0])).isSameAs(Percentiles.NONE);
        assertThat(Percentiles.parse(percentiles.toText())).isEqualTo(percentiles);
        assertThat(Percentiles.NONE.toText()).isEqualTo("-");
    }

    @Test
    void theTableShowsMediansAndTheShareOfTheLimit() {
        List<RunMeasurement> baseline = List.of(run("json-baseline", 1.0), run("json-baseline", 2.0), run("json-baseline", 4.0));
        List<RunMeasurement> q0 = List.of(run("q0", 10.0), run("q0", 40.0), run("q0", 20.0));
        String markdown = new ResultTable("json-file", baseline, Map.of("q0", q0, "q9", List.of()))
                .markdown(List.of("q0", "q9"), true);
        assertThat(markdown).contains("| baseline | 3 | 1,000,000 | 2.00 |")
                .contains("| q0 | 3 | 1,000,000 | 20.00 | 10.00 | 50,000 | 100,000 | 50,000 | 100 | 10.0 % | 305,000 | 0.16 |")
                .contains("| q9 | failed |");
    }

    private static RunMeasurement run(String name, double wall) {
        return new RunMeasurement(name, 1_000_000, wall, wall, 10, 100L << 20, Percentiles.NONE, Percentiles.NONE);
    }
}
