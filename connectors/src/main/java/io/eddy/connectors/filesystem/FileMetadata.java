package io.eddy.connectors.filesystem;

import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The read-only metadata of a filesystem source, with Flink's keys ({@code METADATA FROM 'file.path'}). */
enum FileMetadata {
    PATH("file.path", FieldType.STRING),
    NAME("file.name", FieldType.STRING),
    SIZE("file.size", FieldType.BIGINT),
    MODIFICATION_TIME("file.modification-time", FieldType.timestampLtz(3));

    private final String key;
    private final FieldType type;

    FileMetadata(String key, FieldType type) {
        this.key = key;
        this.type = type;
    }

    String key() {
        return key;
    }

    FieldType type() {
        return type;
    }

    static List<MetadataColumn> columns() {
        return Arrays.stream(values()).map(metadata -> new MetadataColumn(metadata.key, metadata.type, false)).toList();
    }

    static FileMetadata of(String key) {
        for (FileMetadata metadata : values()) {
            if (metadata.key.equals(key)) {
                return metadata;
            }
        }
        throw new IllegalArgumentException("no file metadata '" + key + "'");
    }

    /** Writes this metadata of {@code file} into field {@code index}. */
    void write(Path file, Row row, int index) throws IOException {
        switch (this) {
            case PATH -> row.setString(index, file.toString());
            case NAME -> row.setString(index, file.getFileName().toString());
            case SIZE -> row.setLong(index, Files.size(file));
            case MODIFICATION_TIME -> row.setTimestamp(index, Files.getLastModifiedTime(file).toMillis());
        }
    }
}
