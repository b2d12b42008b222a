package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.PrimaryKey;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.TableConnectors;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;

/** The planner's sources and sinks, built by the connector factories on the class path. */
public final class ConnectorTables implements TableConnectors {

    private final ConnectorFactories factories;

    public ConnectorTables(ConnectorFactories factories) {
        this.factories = requireNonNull(factories, "factories is null");
    }

    @Override
    public Source<?> createSource(ObjectIdentifier identifier, CatalogTable table, RowSchema physicalSchema,
            List<Integer> projection, List<String> metadataKeys, WatermarkStrategy watermarks) {
        return factories.createSource(connector(table), new SourceRequest(identifier.asSerializableString(),
                new ProjectedSchema(physicalSchema, projection), table.options(), watermarks, metadataKeys,
                primaryKey(table)));
    }

    @Override
    public Sink<?> createSink(ObjectIdentifier identifier, CatalogTable table, RowSchema schema) {
        return factories.createSink(connector(table), new SinkRequest(identifier.asSerializableString(), schema,
                table.options(), primaryKey(table), table.partitionKeys()));
    }

    /** What the table's source emits; insert-only when no factory is known (creating the source then fails). */
    @Override
    public ChangelogMode sourceChangelogMode(CatalogTable table) {
        if (!factories.identifiers().contains(connector(table))) {
            return ChangelogMode.INSERT_ONLY;
        }
        return switch (factories.get(connector(table)).sourceChangelogMode(table.options())) {
            case INSERT_ONLY -> ChangelogMode.INSERT_ONLY;
            case UPSERT -> ChangelogMode.UPSERT;
            case ALL -> ChangelogMode.ALL;
        };
    }

    private static List<String> primaryKey(CatalogTable table) {
        return table.schema().primaryKey().map(PrimaryKey::columns).orElse(List.of());
    }

    @Override
    public boolean acceptsUpdates(CatalogTable table) {
        return factories.get(connector(table)).sinkAcceptsUpdates();
    }

    @Override
    public boolean sinkReadsUpdateBefore(CatalogTable table) {
        return !factories.identifiers().contains(connector(table)) || factories.get(connector(table)).sinkReadsUpdateBefore();
    }

    private static String connector(CatalogTable table) {
        return table.options().getOrDefault("connector", "");
    }
}
