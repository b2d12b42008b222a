package io.eddy.benchmarks.nexmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Times checkpoints from the runtime's log, since the engine has no checkpoint statistics to ask:
 * it sits in front of standard error, notes when a job starts its tasks and when each checkpoint
 * completes, and forwards every other line. Periodic checkpoints are triggered with a fixed delay
 * from the job's start, and a trigger is skipped while a checkpoint is still running, so checkpoint
 * k was triggered at the first multiple of the interval after checkpoint k-1 completed; its
 * duration is its completion time minus that trigger time (scheduling jitter of a few milliseconds
 * included).
 */
final class CheckpointLog extends OutputStream {

    /** The runtime logger names whose info lines this reads (slf4j-simple settings for the JVM). */
    static final List<String> LOGGERS = List.of("io.eddy.runtime.execution.Job",
            "io.eddy.runtime.execution.CheckpointCoordinator");

    private final PrintStream forward;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<Long> completions = new ArrayList<>();
    private long jobStart = -1;

    private CheckpointLog(PrintStream forward) {
        this.forward = forward;
    }

    /** Puts a log reader in front of {@link System#err}; call before anything logs. */
    static CheckpointLog install() {
        CheckpointLog log = new CheckpointLog(System.err);
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        return log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            long now = System.nanoTime();
            if (text.contains("completed checkpoint")) {
                completions.add(now);
            } else if (text.contains(" starting ") && text.contains(" tasks") && text.contains("Job '")) {
                if (jobStart < 0) {
                    jobStart = now;
                }
            } else {
                forward.println(text);
            }
        } else {
            line.write(b);
        }
    }

    /** The durations in milliseconds of the checkpoints completed so far, with {@code intervalMillis} between triggers. */
    synchronized double[] durationsMillis(long intervalMillis) {
        if (jobStart < 0 || intervalMillis <= 0) {
            return new double[0];
        }
        double[] durations = new double[completions.size()];
        long intervalNanos = intervalMillis * 1_000_000L;
        long previous = jobStart;
        for (int i = 0; i < durations.length; i++) {
            long sinceStart = previous - jobStart;
            long triggers = Math.max(1, (sinceStart + intervalNanos - 1) / intervalNanos);
            long triggered = jobStart + triggers * intervalNanos;
            durations[i] = Math.max(0, completions.get(i) - triggered) / 1e6;
            previous = completions.get(i);
        }
        return durations;
    }
}
