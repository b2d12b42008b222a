package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.codegen.CodeGenerator;
import io.eddy.planner.physical.TableConnectors;

/**
 * What running statements as jobs needs, shared by an engine's sessions.
 *
 * @param registry the engine's jobs
 * @param connectors sources and sinks of catalog tables
 * @param codeGenerator compiles per-record code (its cache is shared)
 */
public record JobServices(JobRegistry registry, TableConnectors connectors, CodeGenerator codeGenerator) {

    public JobServices {
        requireNonNull(registry, "registry is null");
        requireNonNull(connectors, "connectors is null");
        requireNonNull(codeGenerator, "codeGenerator is null");
    }
}
