package io.eddy.engine;

import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineProvider;
import java.sql.SQLException;
import java.util.Map;

/**
 * The {@code gated-sources} engine of tests ({@code jdbc:eddy:?engine=gated-sources}): the embedded
 * engine with every source passing through the {@link SourceGate}.
 */
public final class GatedEngineProvider implements EngineProvider {

    public static final String NAME = "gated-sources";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Engine create(Map<String, String> connectionProperties) throws SQLException {
        return EmbeddedEngine.start(EngineProperties.from(connectionProperties), SourceGate::wrap);
    }
}
