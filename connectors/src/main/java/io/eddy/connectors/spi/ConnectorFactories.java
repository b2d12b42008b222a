package io.eddy.connectors.spi;

import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The {@link ConnectorFactory} implementations on the class path, by identifier, with one-line errors
 * for unknown connectors and unsupported directions.
 */
public final class ConnectorFactories {

    private final Map<String, ConnectorFactory> byIdentifier;

    private ConnectorFactories(Map<String, ConnectorFactory> byIdentifier) {
        this.byIdentifier = byIdentifier;
    }

    /** The factories found by {@link ServiceLoader} with the given class loader. */
    public static ConnectorFactories load(ClassLoader classLoader) {
        Map<String, ConnectorFactory> found = new TreeMap<>();
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, classLoader)) {
            ConnectorFactory previous = found.putIfAbsent(factory.identifier(), factory);
            if (previous != null && previous.getClass() != factory.getClass()) {
                throw new ConnectorException("Two connector factories share the identifier '" + factory.identifier()
                        + "': " + previous.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
        return new ConnectorFactories(found);
    }

    /** The factories visible to this class's class loader. */
    public static ConnectorFactories load() {
        return load(ConnectorFactories.class.getClassLoader());
    }

    /** The identifiers of all factories, sorted. */
    public List<String> identifiers() {
        return List.copyOf(byIdentifier.keySet());
    }

    /** The factory of {@code identifier}; fails with the known identifiers when there is none. */
    public ConnectorFactory get(String identifier) {
        ConnectorFactory factory = byIdentifier.get(identifier);
        if (factory == null) {
            throw new ConnectorException("Unknown connector '" + identifier + "'. Available connectors: "
                    + String.join(", ", byIdentifier.keySet()));
        }
        return factory;
    }

    /** Builds a source, failing with a one-line message when the connector cannot be read from. */
    public Source<?> createSource(String identifier, SourceRequest request) {
        ConnectorFactory factory = get(identifier);
        if (!factory.supportsSource()) {
            throw new ConnectorException("Connector '" + identifier + "' of table " + request.tableName()
                    + " can only be written to, not read from");
        }
        checkMetadata(factory, request);
        return factory.createSource(request);
    }

    /** Builds a sink, failing with a one-line message when the connector cannot be written to. */
    public Sink<?> createSink(String identifier, SinkRequest request) {
        ConnectorFactory factory = get(identifier);
        if (!factory.supportsSink()) {
            throw new ConnectorException("Connector '" + identifier + "' of table " + request.tableName()
                    + " can only be read from, not written to");
        }
        return factory.createSink(request);
    }

    private static void checkMetadata(ConnectorFactory factory, SourceRequest request) {
        List<String> supported = factory.supportedMetadata().stream().map(MetadataColumn::key).toList();
        for (String key : request.metadataKeys()) {
            if (!supported.contains(key)) {
                throw new ConnectorException("Connector '" + factory.identifier() + "' of table " + request.tableName()
                        + " has no metadata '" + key + "'" + (supported.isEmpty()
                        ? "; it provides no metadata columns" : ". Available metadata: " + String.join(", ", supported)));
            }
        }
    }

    @Override
    public String toString() {
        return "ConnectorFactories" + byIdentifier.keySet();
    }
}
