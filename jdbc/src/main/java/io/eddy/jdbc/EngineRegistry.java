package io.eddy.jdbc;

import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineProvider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines of this process, shared by connections with the same properties and reference
 * counted: the first connection creates an engine, the last one to close closes it. Logs name
 * property keys only, never values (they may hold secrets).
 */
final class EngineRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRegistry.class);

    private final Map<Map<String, String>, SharedEngine> engines = new HashMap<>();

    /** An engine with the number of connections using it. */
    private static final class SharedEngine {
        final Engine engine;
        int references;

        SharedEngine(Engine engine) {
            this.engine = engine;
        }
    }

    /** Returns the engine for these properties, creating it if no connection uses one. */
    synchronized Engine acquire(ConnectionUrl url) throws SQLException {
        SharedEngine shared = engines.get(url.properties());
        if (shared == null) {
            EngineProvider provider = findProvider(url.engineName());
            LOG.debug("Creating engine {} with properties {}", provider.name(), url.properties().keySet());
            shared = new SharedEngine(provider.create(url.properties()));
            engines.put(url.properties(), shared);
        }
        shared.references++;
        return shared.engine;
    }

    /** Releases one reference; closes the engine when it was the last. */
    synchronized void release(ConnectionUrl url) throws SQLException {
        SharedEngine shared = engines.get(url.properties());
        if (shared == null) {
            return;
        }
        shared.references--;
        if (shared.references == 0) {
            engines.remove(url.properties());
            LOG.debug("Closing engine {}", url.engineName());
            shared.engine.close();
        }
    }

    private static EngineProvider findProvider(String name) throws SQLException {
        List<String> available = new ArrayList<>();
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, EngineRegistry.class.getClassLoader())) {
            if (provider.name().equals(name)) {
                return provider;
            }
            available.add(provider.name());
        }
        throw new SQLException("No Eddy engine named '" + name + "' on the class path (available: "
                + (available.isEmpty() ? "none" : String.join(", ", available))
                + "); set the connection property engine or add the engine's jar", "08001");
    }
}
