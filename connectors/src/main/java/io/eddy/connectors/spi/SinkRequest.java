package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.runtime.data.RowSchema;
import java.util.Map;

/**
 * Everything a {@link ConnectorFactory} needs to build a sink for one table.
 *
 * @param tableName the table's name, for messages and file names
 * @param schema the rows the sink receives (the table's physical columns)
 * @param options the table's validated options ({@code WITH (...)}), keys as written
 */
public record SinkRequest(String tableName, RowSchema schema, Map<String, String> options) {

    public SinkRequest {
        requireNonNull(tableName, "tableName is null");
        requireNonNull(schema, "schema is null");
        options = Map.copyOf(requireNonNull(options, "options is null"));
    }

    /** Typed access to the options. */
    public OptionValues optionValues() {
        return new OptionValues(options);
    }
}
