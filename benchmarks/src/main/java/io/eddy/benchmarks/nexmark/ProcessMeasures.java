package io.eddy.benchmarks.nexmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What this process has used so far: seconds since it started (JVM start-up included), CPU
 * seconds of all its threads (JIT and collector included) and its peak resident memory
 * ({@code VmHWM} in {@code /proc/self/status}).
 */
final class ProcessMeasures {

    private ProcessMeasures() {
    }

    /** Seconds since the operating system started this process. */
    static double wallSeconds() {
        Instant started = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Duration.between(started, Instant.now()).toNanos() / 1e9;
    }

    /** CPU seconds (user and system) this process has used. */
    static double cpuSeconds() {
        OperatingSystemMXBean bean = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return bean.getProcessCpuTime() / 1e9;
    }

    /** Peak resident memory in bytes, or -1 where {@code /proc/self/status} is missing. */
    static long peakResidentBytes() {
        return statusKilobytes(Path.of("/proc/self/status"), "VmHWM:") * 1024;
    }

    /** A {@code kB} value of a {@code /proc/<pid>/status} line, or -1 when the file or line is missing. */
    static long statusKilobytes(Path status, String field) {
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    String value = line.substring(field.length()).trim();
                    return Long.parseLong(value.substring(0, value.indexOf(' ')));
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
