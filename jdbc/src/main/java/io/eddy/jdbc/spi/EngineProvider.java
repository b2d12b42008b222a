package io.eddy.jdbc.spi;

import java.sql.SQLException;
import java.util.Map;

/**
 * Entry point of an engine implementation, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.eddy.jdbc.spi.EngineProvider}).
 *
 * <p>The driver picks the provider whose {@link #name()} equals the connection property
 * {@code engine} (default {@value #DEFAULT_ENGINE}).
 */
public interface EngineProvider {

    /** The engine name used when a connection does not set the {@code engine} property. */
    String DEFAULT_ENGINE = "embedded";

    /** The name selected by the connection property {@code engine}, for example {@code embedded}. */
    String name();

    /**
     * Creates an engine. The driver calls this once per distinct set of connection properties and
     * shares the engine between the connections that use the same properties.
     *
     * @param connectionProperties every property of the URL and of the {@code Properties} argument
     */
    Engine create(Map<String, String> connectionProperties) throws SQLException;
}
