package io.eddy.connectors.nexmark;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.generator.GeneratorSource;
import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Source;

/**
 * {@code 'connector' = 'nexmark'}: the person, auction or bid stream ({@code 'table'}) of the Nexmark
 * generator. Events are numbered globally and dealt out to the readers (reader i of k takes the
 * numbers n with n mod k = i); a reader emits the events of its table at the configured rate.
 */
public final class NexmarkConnectorFactory implements ConnectorFactory {

    @Override
    public String identifier() {
        return "nexmark";
    }

    @Override
    public boolean supportsSource() {
        return true;
    }

    @Override
    public Source<?> createSource(SourceRequest request) {
        OptionValues options = request.optionValues();
        Table table = options.get(NexmarkOptions.TABLE);
        if (table == null) {
            throw new ConnectorException("Table " + request.tableName() + " needs option 'table': 'person', 'auction' or 'bid'");
        }
        return create(request.tableName(), NexmarkConfig.fromOptions(options), table, request.schema().producedSchema());
    }

    /** The source of one Nexmark stream producing rows of {@code produced} (columns matched by name). */
    public static GeneratorSource create(String tableName, NexmarkConfig config, Table table, RowSchema produced) {
        int[] columns = NexmarkSchemas.columnsOf(table, produced, tableName);
        long end = config.isBounded() ? config.maxEvents() : Long.MAX_VALUE;
        return new GeneratorSource("nexmark " + table, produced, context -> new NexmarkGenerator(config, table, columns), end);
    }
}
