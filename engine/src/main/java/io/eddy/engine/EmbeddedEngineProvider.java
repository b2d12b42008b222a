package io.eddy.engine;

import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineProvider;
import java.sql.SQLException;
import java.util.Map;

/**
 * The {@code embedded} engine provider: the engine runs inside the JDBC client's process. Found
 * by the driver through {@code META-INF/services/io.eddy.jdbc.spi.EngineProvider}; the
 * connection properties it reads are listed in {@link EngineProperties}.
 */
public final class EmbeddedEngineProvider implements EngineProvider {

    @Override
    public String name() {
        return DEFAULT_ENGINE;
    }

    @Override
    public Engine create(Map<String, String> connectionProperties) throws SQLException {
        return EmbeddedEngine.start(EngineProperties.from(connectionProperties));
    }
}
