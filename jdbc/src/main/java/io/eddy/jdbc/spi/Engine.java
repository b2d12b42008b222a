package io.eddy.jdbc.spi;

import java.sql.SQLException;
import java.util.Map;

/**
 * A running engine (catalogs, job manager, task slots) that sessions share.
 *
 * <p>The driver keeps one engine per provider and connection properties, reference counted: it is
 * created by the first connection and closed when the last connection using it closes. An engine
 * must accept {@link #openSession} from several threads at once.
 */
public interface Engine extends AutoCloseable {

    /**
     * Opens a session: its own current catalog and database, {@code SET} options and running
     * statement. One JDBC connection owns one session.
     *
     * @param properties the connection properties (the same map the engine was created with)
     */
    EngineSession openSession(Map<String, String> properties) throws SQLException;

    /** Stops the engine and its jobs; called when the last connection sharing it closes. */
    @Override
    void close() throws SQLException;
}
