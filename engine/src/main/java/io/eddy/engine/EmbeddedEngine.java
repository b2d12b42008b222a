package io.eddy.engine;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.engine.job.ConnectorTables;
import io.eddy.engine.job.JobRegistry;
import io.eddy.engine.job.JobServices;
import io.eddy.planner.codegen.JaninoCodeGenerator;
import io.eddy.planner.physical.TableConnectors;

import io.eddy.catalog.CatalogManager;
import io.eddy.engine.config.SessionConfiguration;
import io.eddy.engine.error.ErrorTranslator;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.Engine;
import io.eddy.jdbc.spi.EngineSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine inside the client's process: one {@link CatalogManager} and one set of temporary
 * functions shared by all its sessions. Sessions run their statements one at a time under the
 * engine's statement lock, each with its own current catalog and database, so objects one session
 * creates are visible to the others at once.
 */
public final class EmbeddedEngine implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngine.class);

    private final EngineProperties properties;
    private final CatalogManager catalogManager;
    private final FunctionRegistry functions = new FunctionRegistry();
    private final Object statementLock = new Object();
    private final Set<EmbeddedSession> sessions = ConcurrentHashMap.newKeySet();
    private final JobServices jobs;
    private volatile boolean closed;

    private EmbeddedEngine(EngineProperties properties, CatalogManager catalogManager,
                           UnaryOperator<TableConnectors> connectors) {
        this.properties = requireNonNull(properties, "properties is null");
        this.catalogManager = requireNonNull(catalogManager, "catalogManager is null");
        this.jobs = new JobServices(new JobRegistry(properties.sessionDefaults()),
                connectors.apply(new ConnectorTables(ConnectorFactories.load())), new JaninoCodeGenerator());
    }

    /** Starts an engine; fails with a one-line message when the catalog directory is unusable. */
    public static EmbeddedEngine start(EngineProperties properties) throws SQLException {
        return start(properties, UnaryOperator.identity());
    }

    /**
     * Starts an engine whose sources and sinks pass through {@code connectors} (tests wrap them, for
     * example to hold sources back until a checkpoint was taken).
     */
    static EmbeddedEngine start(EngineProperties properties, UnaryOperator<TableConnectors> connectors) throws SQLException {
        try {
            EmbeddedEngine engine = new EmbeddedEngine(properties, CatalogSetup.create(properties), connectors);
            new SessionConfiguration(properties.sessionDefaults()); // a bad default fails the connection
            LOG.debug("Started embedded engine with {}", properties);
            return engine;
        } catch (RuntimeException e) {
            throw ErrorTranslator.translate(e);
        }
    }

    @Override
    public EngineSession openSession(Map<String, String> connectionProperties) throws SQLException {
        if (closed) {
            throw new EddySqlException("The engine is closed", EddySqlException.ENGINE_FAILURE);
        }
        EmbeddedSession session;
        synchronized (statementLock) {
            session = new EmbeddedSession(this, new SessionConfiguration(properties.sessionDefaults()),
                    catalogManager.currentCatalog(), catalogManager.currentDatabase());
        }
        sessions.add(session);
        return session;
    }

    CatalogManager catalogManager() {
        return catalogManager;
    }

    /** The engine's jobs, connectors and code generator. */
    JobServices jobs() {
        return jobs;
    }

    FunctionRegistry functions() {
        return functions;
    }

    /** The lock every statement of every session runs under. */
    Object statementLock() {
        return statementLock;
    }

    void sessionClosed(EmbeddedSession session) {
        sessions.remove(session);
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        for (EmbeddedSession session : List.copyOf(sessions)) {
            session.close();
        }
        jobs.registry().close();
        List<RuntimeException> failures = new ArrayList<>();
        synchronized (statementLock) {
            for (String name : catalogManager.listCatalogs()) {
                try {
                    catalogManager.catalog(name).close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw ErrorTranslator.translate(failures.get(0));
        }
    }
}
