package io.eddy.connectors.filesystem;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.source.SourceSplit;

/**
 * One file of a filesystem source with the position of the next line to read.
 *
 * @param path the file
 * @param offset byte offset of the next line
 * @param line 1-based number of the next line
 */
public record FileSplit(String path, long offset, long line) implements SourceSplit {

    public FileSplit {
        requireNonNull(path, "path is null");
        if (offset < 0 || line < 1) {
            throw new IllegalArgumentException("invalid position in " + path + ": offset " + offset + ", line " + line);
        }
    }

    /** A file to read from its start. */
    public static FileSplit start(String path) {
        return new FileSplit(path, 0, 1);
    }

    @Override
    public String splitId() {
        return path;
    }

    @Override
    public String toString() {
        return path + ":" + line;
    }
}
