package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.spi.EddySqlException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connection properties of the embedded engine. */
class EnginePropertiesTest {

    @Test
    void readsTheCatalogDirectoryAndSessionDefaults() {
        EngineProperties properties = EngineProperties.from(Map.of("catalog.dir", "/data/eddy",
                "set.parallelism.default", "4", "engine", "embedded", "user", "me"));
        assertThat(properties.catalogDirectory()).contains(Path.of("/data/eddy"));
        assertThat(properties.sessionDefaults()).containsExactly(Map.entry("parallelism.default", "4"));
        assertThat(EngineProperties.from(Map.of("catalog.dir", " ")).catalogDirectory()).isEqualTo(Optional.empty());
    }

    @Test
    void sessionDefaultsAreWhereSetStartsAndResetReturns() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:eddy:?set.parallelism.default=4&set.pipeline.name=nightly");
                Statement statement = connection.createStatement()) {
            statement.execute("SET 'parallelism.default' = '8'");
            statement.execute("RESET 'parallelism.default'");
            statement.execute("SET 'pipeline.name' = 'adhoc'");
            statement.execute("RESET");
            Map<String, String> options = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("SET")) {
                while (rows.next()) {
                    options.put(rows.getString("key"), rows.getString("value"));
                }
            }
            assertThat(options).containsExactly(Map.entry("parallelism.default", "4"),
                    Map.entry("pipeline.name", "nightly"));
        }
    }

    @Test
    void anInvalidSessionDefaultFailsTheConnection() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:?set.table.dml-sync=maybe").close())
                .isInstanceOfSatisfying(EddySqlException.class, error -> assertThat(error.getMessage())
                        .isEqualTo("Invalid value 'maybe' for option 'table.dml-sync': expected 'true' or 'false'"));
    }
}
