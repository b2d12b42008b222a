package io.eddy.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:eddy:} JDBC driver, registered through {@code META-INF/services/java.sql.Driver}.
 * See {@link ConnectionUrl} for the URL forms and {@link io.eddy.jdbc.spi} for the engine behind it.
 */
public final class EddyDriver implements Driver {

    /** Major version of the driver. */
    public static final int MAJOR_VERSION = 0;
    /** Minor version of the driver. */
    public static final int MINOR_VERSION = 1;
    /** Full version string. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private static final EngineRegistry ENGINES = new EngineRegistry();

    static {
        try {
            DriverManager.registerDriver(new EddyDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        ConnectionUrl parsed = ConnectionUrl.parse(url, info);
        var engine = ENGINES.acquire(parsed);
        try {
            return new DriverConnection(url, engine.openSession(parsed.properties()),
                    () -> ENGINES.release(parsed));
        } catch (SQLException | RuntimeException e) {
            ENGINES.release(parsed);
            throw e;
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return ConnectionUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo engine = new DriverPropertyInfo(ConnectionUrl.ENGINE_PROPERTY, "embedded");
        engine.description = "The engine provider to connect to";
        engine.required = false;
        return new DriverPropertyInfo[] {engine};
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw Unsupported.feature("java.util.logging (it logs through slf4j)");
    }
}
