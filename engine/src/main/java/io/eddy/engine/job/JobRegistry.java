package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.engine.recovery.RuntimeConfiguration;
import io.eddy.engine.recovery.StateRecovery;
import io.eddy.runtime.execution.CheckpointStorage;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobSnapshot;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.graph.JobGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs of one engine: starts them on the engine's {@link JobManager} (created on first use,
 * with {@value #DEFAULT_SLOTS} task slots unless {@code taskmanager.numberOfTaskSlots} is set),
 * remembers them for SHOW JOBS and STOP JOB, and cancels what still runs when the engine closes. When a job
 * ends it logs, as a warning, how many late records its operators dropped ({@link LateRecords}), if any.
 */
public final class JobRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobRegistry.class);
    static final int DEFAULT_SLOTS = 64;

    private final Map<String, String> engineDefaults;
    private final List<RunningJob> jobs = new ArrayList<>();
    private JobManager manager;
    private boolean closed;

    public JobRegistry(Map<String, String> engineDefaults) {
        this.engineDefaults = Map.copyOf(requireNonNull(engineDefaults, "engineDefaults is null"));
    }

    /**
     * Starts {@code graph} with the session's configuration, from the snapshot that
     * {@code execution.state-recovery.path} names when it is set.
     */
    public synchronized RunningJob submit(JobGraph graph, Map<String, String> sessionConfiguration, String statement) {
        if (closed) {
            throw new IllegalStateException("The engine is closed");
        }
        Configuration configuration = RuntimeConfiguration.of(sessionConfiguration);
        JobSnapshot restore = StateRecovery.forJob(graph, sessionConfiguration).orElse(null);
        JobClient client = manager().submit(graph, configuration, restore);
        RunningJob job = new RunningJob(client, statement, Instant.now(),
                CheckpointStorage.forJob(configuration, client.jobId()).map(CheckpointStorage::directory));
        jobs.add(job);
        LOG.info("Started job {} ({})", client.jobId(), graph.name());
        client.completion().whenComplete((status, failure) -> LateRecords.summary(client.jobId(), client.metrics())
                .ifPresent(LOG::warn));
        return job;
    }

    /** Every job started, oldest first. */
    public synchronized List<RunningJob> jobs() {
        return List.copyOf(jobs);
    }

    /** The job with this id. */
    public synchronized Optional<RunningJob> find(String jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    private JobManager manager() {
        if (manager == null) {
            Configuration configuration = Configuration.fromMap(engineDefaults);
            if (!configuration.contains(RuntimeOptions.TASK_SLOTS)) {
                configuration.setString(RuntimeOptions.TASK_SLOTS.key(), Integer.toString(DEFAULT_SLOTS));
            }
            manager = new JobManager(configuration);
        }
        return manager;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (RunningJob job : jobs) {
            job.cancel();
        }
        if (manager != null) {
            manager.close();
        }
    }
}
