package io.eddy.engine;

import static java.util.Objects.requireNonNull;

import io.eddy.engine.job.JobServices;

import io.eddy.catalog.CatalogManager;
import io.eddy.engine.config.SessionConfiguration;
import io.eddy.engine.query.StatementSetBuffer;
import io.eddy.planner.Planner;

/**
 * What a statement runs against: the engine's catalogs and temporary functions (positioned on
 * the session's current catalog and database), the session's planner, configuration and open
 * statement set.
 *
 * @param catalogs the engine's catalog manager, current catalog and database set for the session
 * @param functions the engine's temporary functions
 * @param planner the session's planner
 * @param configuration the session's {@code SET} options
 * @param statementSet the INSERTs buffered since {@code BEGIN STATEMENT SET}
 * @param jobs what starting jobs needs: the engine's job registry, connectors and code generator
 */
public record StatementContext(CatalogManager catalogs, FunctionRegistry functions, Planner planner,
        SessionConfiguration configuration, StatementSetBuffer statementSet, JobServices jobs) {

    public StatementContext {
        requireNonNull(catalogs, "catalogs is null");
        requireNonNull(functions, "functions is null");
        requireNonNull(planner, "planner is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(statementSet, "statementSet is null");
        requireNonNull(jobs, "jobs is null");
    }
}
