package io.eddy.benchmarks.nexmark;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run of one query (or of a baseline) in its own JVM. A child process prints
 * it as one line ({@link #toLine()}) that the parent reads back ({@link #parse}).
 *
 * @param name the query (q0, q5, ...) or baseline
 * @param events Nexmark events the run covered (of all three kinds)
 * @param wallSeconds seconds from the start of the process to the end of the job
 * @param jobSeconds seconds from the submission of the job to its end
 * @param cpuSeconds CPU seconds the process used
 * @param peakResidentBytes the process's peak resident memory ({@code VmHWM}), -1 if unknown
 * @param latency event-to-result latencies (Kafka runs), or none
 * @param checkpoints checkpoint durations (runs with checkpoints), or none
 */
public record RunMeasurement(String name, long events, double wallSeconds, double jobSeconds, double cpuSeconds,
                             long peakResidentBytes, Percentiles latency, Percentiles checkpoints) {

    /** The prefix of the line a child prints. */
    public static final String LINE_PREFIX = "eddy-bench-result";

    public RunMeasurement {
        requireNonNull(name, "name is null");
        requireNonNull(latency, "latency is null");
        requireNonNull(checkpoints, "checkpoints is null");
        if (events < 0 || wallSeconds < 0 || jobSeconds < 0 || cpuSeconds < 0) {
            throw new IllegalArgumentException("negative figures in " + name);
        }
    }

    /** Events per second of the whole process. */
    public double eventsPerSecond() {
        return events / wallSeconds;
    }

    /** Events per second while the job ran (start-up excluded). */
    public double jobEventsPerSecond() {
        return events / jobSeconds;
    }

    /** Events per CPU-second. */
    public double eventsPerCpuSecond() {
        return events / cpuSeconds;
    }

    /** The one-line form a child prints. */
    public String toLine() {
        return String.format(Locale.ROOT, "%s name=%s events=%d wall=%.3f job=%.3f cpu=%.3f rss=%d latency=%s checkpoints=%s",
                LINE_PREFIX, name, events, wallSeconds, jobSeconds, cpuSeconds, peakResidentBytes, latency.toText(),
                checkpoints.toText());
    }

    /** Reads a line printed by {@link #toLine()}. */
    public static RunMeasurement parse(String line) {
        if (!line.startsWith(LINE_PREFIX + " ")) {
            throw new IllegalArgumentException("Not a measurement line: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : line.substring(LINE_PREFIX.length() + 1).split(" ")) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Bad field '" + field + "' in measurement line: " + line);
            }
            fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
        return new RunMeasurement(field(fields, "name", line), Long.parseLong(field(fields, "events", line)),
                Double.parseDouble(field(fields, "wall", line)), Double.parseDouble(field(fields, "job", line)),
                Double.parseDouble(field(fields, "cpu", line)), Long.parseLong(field(fields, "rss", line)),
                Percentiles.parse(field(fields, "latency", line)), Percentiles.parse(field(fields, "checkpoints", line)));
    }

    private static String field(Map<String, String> fields, String name, String line) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Field '" + name + "' missing in measurement line: " + line);
        }
        return value;
    }
}
