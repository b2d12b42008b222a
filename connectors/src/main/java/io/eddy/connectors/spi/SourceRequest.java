package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link ConnectorFactory} needs to build a source for one scan of a table.
 *
 * @param tableName the table's name, for messages and split ids
 * @param schema the physical columns and the ones the query reads
 * @param options the table's validated options ({@code WITH (...)}), keys as written
 * @param watermarkStrategy the table's watermark strategy; the runtime applies it per split
 * @param metadataKeys metadata the query reads (see {@link ConnectorFactory#supportedMetadata()}),
 *                     produced after the projected physical columns, in this order
 * @param primaryKey the columns of the table's {@code PRIMARY KEY ... NOT ENFORCED}, empty without one
 */
public record SourceRequest(String tableName, ProjectedSchema schema, Map<String, String> options,
                            WatermarkStrategy watermarkStrategy, List<String> metadataKeys,
                            List<String> primaryKey) {

    public SourceRequest {
        requireNonNull(tableName, "tableName is null");
        requireNonNull(schema, "schema is null");
        options = Map.copyOf(requireNonNull(options, "options is null"));
        requireNonNull(watermarkStrategy, "watermarkStrategy is null");
        metadataKeys = List.copyOf(requireNonNull(metadataKeys, "metadataKeys is null"));
        primaryKey = List.copyOf(requireNonNull(primaryKey, "primaryKey is null"));
    }

    /** A request for a table without primary key. */
    public SourceRequest(String tableName, ProjectedSchema schema, Map<String, String> options,
                         WatermarkStrategy watermarkStrategy, List<String> metadataKeys) {
        this(tableName, schema, options, watermarkStrategy, metadataKeys, List.of());
    }

    /** A request reading every physical column, without watermarks or metadata. */
    public static SourceRequest of(String tableName, RowSchema physicalSchema,
                                   Map<String, String> options) {
        return new SourceRequest(tableName, ProjectedSchema.all(physicalSchema), options,
                WatermarkStrategy.noWatermarks(), List.of());
    }

    /** Typed access to the options. */
    public OptionValues optionValues() {
        return new OptionValues(options);
    }
}
