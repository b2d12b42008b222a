package io.eddy.engine;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogException;
import io.eddy.catalog.CatalogManager;
import io.eddy.engine.config.SessionConfiguration;
import io.eddy.engine.error.ErrorTranslator;
import io.eddy.engine.query.StatementSetBuffer;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.EngineSession;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.EddySqlParser;
import io.eddy.planner.Planner;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlNode;

/**
 * One connection's session of an {@link EmbeddedEngine}: its current catalog and database, its
 * {@code SET} options, its planner and its open statement set. A statement is parsed, then run
 * under the engine's statement lock with the shared catalog manager positioned on this session's
 * current catalog and database; whatever fails becomes an {@link EddySqlException}.
 */
final class EmbeddedSession implements EngineSession {

    private final EmbeddedEngine engine;
    private final EddySqlParser parser = new EddySqlParser();
    private final StatementContext context;
    private String currentCatalog;
    private String currentDatabase;
    private volatile boolean closed;

    EmbeddedSession(EmbeddedEngine engine, SessionConfiguration configuration, String currentCatalog,
            String currentDatabase) {
        this.engine = requireNonNull(engine, "engine is null");
        this.currentCatalog = requireNonNull(currentCatalog, "currentCatalog is null");
        this.currentDatabase = requireNonNull(currentDatabase, "currentDatabase is null");
        CatalogManager catalogs = engine.catalogManager();
        this.context = new StatementContext(catalogs, engine.functions(),
                new Planner(catalogs, engine.functions()::systemFunction, configuration.asMap()), configuration, new StatementSetBuffer(),
                engine.jobs());
    }

    @Override
    public StatementResult execute(String statement) throws SQLException {
        requireNonNull(statement, "statement is null");
        if (closed) {
            throw new EddySqlException("The session is closed", EddySqlException.ENGINE_FAILURE);
        }
        try {
            SqlNode node = parser.parseStatement(statement);
            synchronized (engine.statementLock()) {
                enterCurrentDatabase();
                try {
                    return StatementDispatcher.execute(node, context);
                } finally {
                    rememberCurrentDatabase();
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw ErrorTranslator.translate(e, statement);
        }
    }

    /** Makes this session's catalog and database current; falls back when another session dropped them. */
    private void enterCurrentDatabase() {
        CatalogManager catalogs = engine.catalogManager();
        try {
            catalogs.useDatabase(currentCatalog, currentDatabase);
        } catch (CatalogException missing) {
            if (catalogs.listCatalogs().contains(currentCatalog)) {
                catalogs.useCatalog(currentCatalog);
            } else {
                catalogs.useCatalog(CatalogManager.DEFAULT_CATALOG);
            }
        }
    }

    private void rememberCurrentDatabase() {
        currentCatalog = engine.catalogManager().currentCatalog();
        currentDatabase = engine.catalogManager().currentDatabase();
    }

    @Override
    public void cancel() {
        // Statements finish without blocking until queries run; nothing to cancel yet.
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            engine.sessionClosed(this);
        }
    }
}
