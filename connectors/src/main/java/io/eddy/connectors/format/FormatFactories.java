package io.eddy.connectors.format;

import io.eddy.connectors.spi.ConnectorException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The {@link FormatFactory} implementations on the class path, by identifier. */
public final class FormatFactories {

    private static final FormatFactories DEFAULT = load(FormatFactories.class.getClassLoader());

    private final Map<String, FormatFactory> byIdentifier;

    private FormatFactories(Map<String, FormatFactory> byIdentifier) {
        this.byIdentifier = byIdentifier;
    }

    /** The factories found with the given class loader. */
    public static FormatFactories load(ClassLoader classLoader) {
        Map<String, FormatFactory> found = new TreeMap<>();
        for (FormatFactory factory : ServiceLoader.load(FormatFactory.class, classLoader)) {
            found.putIfAbsent(factory.identifier(), factory);
        }
        return new FormatFactories(found);
    }

    /** The factories visible to this class's class loader. */
    public static FormatFactories defaults() {
        return DEFAULT;
    }

    /** The factory of {@code identifier}; fails with the known formats when there is none. */
    public FormatFactory get(String identifier) {
        FormatFactory factory = byIdentifier.get(identifier);
        if (factory == null) {
            throw new ConnectorException("Unknown format '" + identifier + "'. Available formats: "
                    + String.join(", ", byIdentifier.keySet()));
        }
        return factory;
    }

    @Override
    public String toString() {
        return "FormatFactories" + byIdentifier.keySet();
    }
}
