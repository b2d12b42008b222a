package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldType;

/**
 * A metadata column a connector can produce beside the physical ones ({@code METADATA FROM 'offset'}),
 * such as Kafka's topic, partition and offset.
 *
 * @param key the metadata key used in {@code METADATA FROM 'key'}
 * @param type the runtime type of its values
 * @param writable whether a sink accepts it (Kafka's headers, timestamp)
 */
public record MetadataColumn(String key, FieldType type, boolean writable) {
    public MetadataColumn {
        requireNonNull(key, "key is null");
        requireNonNull(type, "type is null");
    }

    @Override
    public String toString() {
        return key + " " + type + (writable ? "" : " (read-only)");
    }
}
