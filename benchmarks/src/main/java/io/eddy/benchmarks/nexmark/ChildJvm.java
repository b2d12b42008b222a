package io.eddy.benchmarks.nexmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one measurement in a fresh JVM (same Java, same class path), so that every run starts with
 * a cold heap and JIT as a real deployment does, and reads back the {@link RunMeasurement} line it
 * prints. JVM options come from {@code EDDY_BENCH_JAVA_OPTS} (e.g. {@code -Xmx512m}).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Runs {@code arguments} with {@code --in-process} in a new JVM.
     *
     * @param flightRecording where the run writes a Java Flight Recording, if anywhere
     * @param logCheckpoints whether the runtime logs the lines {@link CheckpointLog} reads
     * @return the measurement, or empty when the run failed (its error is on standard error)
     */
    static Optional<RunMeasurement> run(List<String> arguments, Optional<Path> flightRecording, boolean logCheckpoints)
            throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        // A run out of heap ends (and is reported as failed) instead of hanging in its failure handling.
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (logCheckpoints) {
            CheckpointLog.LOGGERS.forEach(logger -> command.add("-Dorg.slf4j.simpleLogger.log." + logger + "=info"));
        }
        command.addAll(TransparentHugePages.jvmOptions());  // before the user's options, which may turn it off
        String options = System.getenv().getOrDefault("EDDY_BENCH_JAVA_OPTS", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        flightRecording.ifPresent(file -> command.add("-XX:StartFlightRecording=settings=profile,filename=" + file));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EddyBench.class.getName()));
        command.addAll(arguments);
        try {
            flightRecording.ifPresent(file -> createParent(file));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            RunMeasurement measurement = null;
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.startsWith(RunMeasurement.LINE_PREFIX + " ")) {
                        measurement = RunMeasurement.parse(line);
                    } else {
                        System.out.println(line);
                    }
                }
            }
            int exit = process.waitFor();
            return exit == 0 ? Optional.ofNullable(measurement) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
