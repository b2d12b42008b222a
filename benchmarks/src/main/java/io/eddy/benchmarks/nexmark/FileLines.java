package io.eddy.benchmarks.nexmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lines of a list of files, one file after the other, read lazily with one buffered reader at a
 * time. The Kafka latency loader reads bids with it: a {@code flatMap} of {@code Files.lines} read
 * through {@code iterator()} buffers a whole file on its first element, which stalled the loader
 * for hundreds of milliseconds at the start of each file and then made it append a burst.
 * {@link #cycling} starts over from the first file after the last, so a load can outlast the files.
 */
final class FileLines implements Iterator<String>, AutoCloseable {

    private final List<Path> files;
    private final boolean cycling;
    private int nextFile;
    private BufferedReader reader;
    private String next;
    /** Whether any line was read since the first file was last opened: no endless loop over empty files. */
    private boolean readSinceStart;

    FileLines(List<Path> files) {
        this(files, false);
    }

    private FileLines(List<Path> files, boolean cycling) {
        this.files = List.copyOf(files);
        this.cycling = cycling;
    }

    /** The lines of {@code files} over and over; it ends only when they hold no line at all. */
    static FileLines cycling(List<Path> files) {
        return new FileLines(files, true);
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                if (reader == null) {
                    if (nextFile == files.size()) {
                        if (!cycling || !readSinceStart) {
                            return false;
                        }
                        nextFile = 0;
                        readSinceStart = false;
                    }
                    reader = Files.newBufferedReader(files.get(nextFile++), StandardCharsets.UTF_8);
                }
                next = reader.readLine();
                readSinceStart |= next != null;
                if (next == null) {
                    reader.close();
                    reader = null;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + files.get(nextFile - 1), e);
        }
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more lines in " + files);
        }
        String line = next;
        next = null;
        return line;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
