package io.eddy.connectors.spi;

import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.List;
import java.util.Map;

/**
 * Builds the runtime {@link Source} and {@link Sink} of one connector ({@code 'connector' = identifier()}).
 * Found with {@link java.util.ServiceLoader} (see {@link ConnectorFactories}); the matching
 * {@code io.eddy.catalog.options.ConnectorDescriptor} declares and validates the options before a
 * factory sees them. Optional abilities are capability methods, so the interface stays narrow.
 */
public interface ConnectorFactory {

    /** The value of {@code 'connector'}, e.g. {@code datagen}. */
    String identifier();

    /** Whether {@link #createSource(SourceRequest)} is supported. */
    default boolean supportsSource() {
        return false;
    }

    /** Whether {@link #createSink(SinkRequest)} is supported. */
    default boolean supportsSink() {
        return false;
    }

    /**
     * Whether the sink takes updates and deletes (-U, +U, -D) as well as inserts; a planner refuses
     * to feed an updating query into a sink that does not.
     */
    default boolean sinkAcceptsUpdates() {
        return false;
    }

    /**
     * Whether the sink reads {@code -U} rows of the updates it takes. A sink that does not (it drops
     * them, or keys its writes so that {@code +U} alone replaces the old row) lets a planner leave them
     * out of the aggregation, Top-N and deduplication feeding it, as Flink's blackhole and upsert-kafka do.
     */
    default boolean sinkReadsUpdateBefore() {
        return true;
    }

    /**
     * What the source of a table with these (validated) options emits: insert-only by default, an
     * upsert stream by primary key ({@code upsert-kafka}) or a full changelog (a CDC format such as
     * {@code debezium-json}). A planner puts a normalizing step after upsert sources.
     */
    default SourceChangelogMode sourceChangelogMode(Map<String, String> options) {
        return SourceChangelogMode.INSERT_ONLY;
    }

    /** Builds the source of one scan; only called when {@link #supportsSource()}. */
    default Source<?> createSource(SourceRequest request) {
        throw new UnsupportedOperationException("connector '" + identifier() + "' cannot be read from");
    }

    /** Builds the sink of one table; only called when {@link #supportsSink()}. */
    default Sink<?> createSink(SinkRequest request) {
        throw new UnsupportedOperationException("connector '" + identifier() + "' cannot be written to");
    }

    /**
     * Metadata columns the connector can produce after the physical ones (Kafka's topic, partition,
     * offset); none by default. A source asked for metadata it does not list fails at creation.
     */
    default List<MetadataColumn> supportedMetadata() {
        return List.of();
    }
}
