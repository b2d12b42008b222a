package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The figures of a suite run as a Markdown table: per query the medians of its runs, the baseline's
 * events per second as the physical limit and each query's share of it, and Flink's reference
 * figure from issue 7 where there is one.
 *
 * @param title what was run (source, backend, events)
 * @param baseline the baseline's runs, empty when the source has none
 * @param rows per query, its runs (a query whose runs all failed has none)
 */
record ResultTable(String title, List<RunMeasurement> baseline, Map<String, List<RunMeasurement>> rows) {

    /**
     * Flink 2.3's events per second over 10M-event Nexmark JSON files (embedded MiniCluster,
     * parallelism 1, heap state, whole process), as issue 7 gives them.
     */
    static final Map<String, Double> FLINK_JSON_FILE = Map.of("q0", 305e3, "q1", 380e3, "q2", 360e3, "q5", 270e3,
            "q7", 108e3, "q11", 308e3, "q12", 288e3, "q17", 260e3, "q18", 231e3, "q19", 188e3);

    ResultTable {
        requireNonNull(title, "title is null");
        baseline = List.copyOf(baseline);
        rows = Map.copyOf(rows);
    }

    /** The median of {@code metric} over {@code runs}. */
    static double median(List<RunMeasurement> runs, ToDoubleFunction<RunMeasurement> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The Markdown table, queries in the order given. */
    String markdown(List<String> order, boolean flinkColumn) {
        StringBuilder text = new StringBuilder("#### ").append(title).append("\n\n");
        text.append("| query | runs | events | wall s | CPU s | events/s | events/CPU-s | job events/s | peak RSS MB |"
                + " of limit |");
        if (flinkColumn) {
            text.append(" Flink events/s | × Flink |");
        }
        text.append(" latency p50/p99/max ms | checkpoints n, p50/max ms |\n|---|---|---|---|---|---|---|---|---|---|");
        if (flinkColumn) {
            text.append("---|---|");
        }
        text.append("---|---|\n");
        Optional<Double> limit = baseline.isEmpty() ? Optional.empty()
                : Optional.of(median(baseline, RunMeasurement::eventsPerSecond));
        if (!baseline.isEmpty()) {
            text.append(line("baseline", baseline, Optional.empty(), flinkColumn));
        }
        for (String query : order) {
            text.append(line(query, rows.getOrDefault(query, List.of()), limit, flinkColumn));
        }
        return text.toString();
    }

    private static String line(String name, List<RunMeasurement> runs, Optional<Double> limit, boolean flinkColumn) {
        if (runs.isEmpty()) {
            return "| " + name + " | failed |" + " |".repeat(flinkColumn ? 12 : 10) + "\n";
        }
        double eventsPerSecond = median(runs, RunMeasurement::eventsPerSecond);
        List<String> cells = new ArrayList<>(List.of(name, Integer.toString(runs.size()),
                String.format(Locale.ROOT, "%,d", runs.get(0).events()),
                fixed(median(runs, RunMeasurement::wallSeconds), 2), fixed(median(runs, RunMeasurement::cpuSeconds), 2),
                thousands(eventsPerSecond), thousands(median(runs, RunMeasurement::eventsPerCpuSecond)),
                thousands(median(runs, RunMeasurement::jobEventsPerSecond)),
                fixed(median(runs, run -> run.peakResidentBytes() / 1048576.0), 0),
                limit.map(value -> fixed(100 * eventsPerSecond / value, 1) + " %").orElse("")));
        if (flinkColumn) {
            Double flink = FLINK_JSON_FILE.get(name);
            cells.add(flink == null ? "" : thousands(flink));
            cells.add(flink == null ? "" : fixed(eventsPerSecond / flink, 2));
        }
        cells.add(percentiles(runs, RunMeasurement::latency));
        cells.add(checkpoints(runs));
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String percentiles(List<RunMeasurement> runs, java.util.function.Function<RunMeasurement, Percentiles> part) {
        List<RunMeasurement> measured = runs.stream().filter(run -> part.apply(run).measured()).toList();
        if (measured.isEmpty()) {
            return "";
        }
        return fixed(median(measured, run -> part.apply(run).p50()), 1) + " / "
                + fixed(median(measured, run -> part.apply(run).p99()), 1) + " / "
                + fixed(median(measured, run -> part.apply(run).max()), 1);
    }

    private static String checkpoints(List<RunMeasurement> runs) {
        List<RunMeasurement> measured = runs.stream().filter(run -> run.checkpoints().measured()).toList();
        if (measured.isEmpty()) {
            return "";
        }
        return fixed(median(measured, run -> run.checkpoints().count()), 0) + ", "
                + fixed(median(measured, run -> run.checkpoints().p50()), 0) + " / "
                + fixed(median(measured, run -> run.checkpoints().max()), 0);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String thousands(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    @Override
    public String toString() {
        return "ResultTable[" + title + ", queries " + Arrays.toString(rows.keySet().toArray()) + "]";
    }
}
