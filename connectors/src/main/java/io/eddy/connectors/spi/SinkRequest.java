package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link ConnectorFactory} needs to build a sink for one table.
 *
 * @param tableName the table's name, for messages and file names
 * @param schema the rows the sink receives (the table's physical columns)
 * @param options the table's validated options ({@code WITH (...)}), keys as written
 * @param primaryKey the columns of the table's {@code PRIMARY KEY ... NOT ENFORCED}, empty without one
 * @param partitionKeys the table's {@code PARTITIONED BY} columns, in order; empty when none
 */
public record SinkRequest(String tableName, RowSchema schema, Map<String, String> options,
                          List<String> primaryKey, List<String> partitionKeys) {

    public SinkRequest {
        requireNonNull(tableName, "tableName is null");
        requireNonNull(schema, "schema is null");
        options = Map.copyOf(requireNonNull(options, "options is null"));
        primaryKey = List.copyOf(requireNonNull(primaryKey, "primaryKey is null"));
        partitionKeys = List.copyOf(requireNonNull(partitionKeys, "partitionKeys is null"));
    }

    /** A request for a table without primary key and without {@code PARTITIONED BY} columns. */
    public SinkRequest(String tableName, RowSchema schema, Map<String, String> options) {
        this(tableName, schema, options, List.of(), List.of());
    }

    /** Typed access to the options. */
    public OptionValues optionValues() {
        return new OptionValues(options);
    }
}
