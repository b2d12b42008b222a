package io.eddy.benchmarks.nexmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The physical limit of reading the JSON files: the cheapest single-thread program that reads
 * every byte of the same files and touches every event. It counts lines and checks that each
 * starts with a JSON object ({@code '{'}); anything an engine does on top of this is cost.
 */
final class JsonLinesBaseline {

    private static final int BUFFER_BYTES = 1 << 20;

    /** What one scan saw. */
    record Scan(long lines, long objects, long bytes) {
    }

    private JsonLinesBaseline() {
    }

    /** Scans {@code files} in order. */
    static Scan scan(List<Path> files) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long lines = 0;
        long objects = 0;
        long bytes = 0;
        for (Path file : files) {
            boolean lineStart = true;
            try (InputStream input = Files.newInputStream(file)) {
                int read;
                while ((read = input.read(buffer)) > 0) {
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        byte b = buffer[i];
                        if (lineStart && b == '{') {
                            objects++;
                        }
                        lineStart = b == '\n';
                        if (lineStart) {
                            lines++;
                        }
                    }
                }
            }
        }
        return new Scan(lines, objects, bytes);
    }

    /** Scans the files of {@code directory} and measures this process. */
    static RunMeasurement measure(Path directory) throws IOException {
        List<Path> files = JsonFiles.files(directory);
        long started = System.nanoTime();
        Scan scan = scan(files);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (scan.objects() != scan.lines()) {
            throw new IllegalStateException("Of " + scan.lines() + " lines in " + directory + " only " + scan.objects()
                    + " start with '{'");
        }
        return new RunMeasurement("json-baseline", scan.lines(), ProcessMeasures.wallSeconds(), seconds,
                ProcessMeasures.cpuSeconds(), ProcessMeasures.peakResidentBytes(), Percentiles.NONE, Percentiles.NONE);
    }
}
