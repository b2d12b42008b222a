package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.time.Clock;
import io.eddy.runtime.time.SystemClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs jobs in this process on a fixed pool of task slots ({@code taskmanager.numberOfTaskSlots},
 * default the number of cores).
 *
 * <p>Slot sharing as in Flink's default slot sharing group: one slot holds one parallel pipeline (one
 * subtask of every vertex), so a job needs as many slots as its largest vertex parallelism. A job that
 * needs more slots than are free is refused at submission with a message saying how many it needs and
 * how many are free. Every task still runs on its own thread, which idles with a back-off strategy.
 * Several jobs run at once while slots last. A failed job restarts from its last completed checkpoint
 * when {@code restart-strategy.type} is {@code fixed-delay}.
 */
public final class JobManager implements AutoCloseable {

    private final Configuration configuration;
    private final Clock clock;
    private final int totalSlots;
    private final Map<String, ManagedJob> jobs = new ConcurrentHashMap<>();
    private int usedSlots;

    public JobManager(Configuration configuration) {
        this(configuration, SystemClock.INSTANCE);
    }

    /** A job manager whose jobs read processing time from {@code clock}. */
    public JobManager(Configuration configuration, Clock clock) {
        this.configuration = requireNonNull(configuration, "configuration is null").copy();
        this.clock = requireNonNull(clock, "clock is null");
        this.totalSlots = this.configuration.get(RuntimeOptions.TASK_SLOTS);
    }

    /** Submits a job with the job manager's configuration. */
    public JobClient submit(JobGraph graph) {
        return submit(graph, configuration);
    }

    /**
     * Submits a job with its own configuration (for example the session's SET options), starts its tasks
     * and returns at once.
     *
     * @throws JobSubmissionException when there are not enough free slots or the graph cannot run
     */
    public JobClient submit(JobGraph graph, Configuration jobConfiguration) {
        return submit(graph, jobConfiguration, null);
    }

    /**
     * Submits a job that starts from a snapshot of an earlier run ({@link JobClient#triggerCheckpoint()}):
     * vertices are matched by name and their state is redistributed to the new parallelisms.
     */
    public JobClient submit(JobGraph graph, Configuration jobConfiguration, JobSnapshot restoreFrom) {
        requireNonNull(graph, "graph is null");
        Configuration attemptConfiguration = jobConfiguration.copy();
        CheckpointSettings checkpointSettings;
        RestartStrategy restartStrategy;
        try {
            checkpointSettings = CheckpointSettings.fromConfiguration(attemptConfiguration);
            restartStrategy = RestartStrategy.fromConfiguration(attemptConfiguration);
        } catch (IllegalArgumentException e) {
            throw new JobSubmissionException("Job '" + graph.name() + "' cannot be submitted: " + e.getMessage());
        }
        int slots = graph.maxVertexParallelism();
        reserve(graph.name(), slots);
        String jobId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        CheckpointStorage storage = CheckpointStorage.forJob(attemptConfiguration, jobId).orElse(null);
        ManagedJob job = new ManagedJob(jobId, graph.name(), restartStrategy, new CheckpointHistory(checkpointSettings.tolerableFailures()),
                restoreFrom,
                (snapshot, owner) -> deployAttempt(jobId, graph, attemptConfiguration, checkpointSettings, snapshot, owner, storage),
                () -> {
                    release(slots);
                    jobs.remove(jobId);
                });
        jobs.put(jobId, job);
        try {
            job.start();
        } catch (Exception e) {
            jobs.remove(jobId);
            release(slots);
            if (e instanceof JobSubmissionException submission) {
                throw submission;
            }
            throw new JobSubmissionException("Job '" + graph.name() + "' could not be deployed: " + e.getMessage());
        }
        return job;
    }

    private Job deployAttempt(String jobId, JobGraph graph, Configuration jobConfiguration, CheckpointSettings checkpointSettings,
                              JobSnapshot restoreFrom, ManagedJob owner, CheckpointStorage storage) throws Exception {
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, graph.name() + "/coordinator");
            thread.setDaemon(true);
            return thread;
        });
        Job attempt = new Job(jobId, graph.name(), coordinator, storage == null ? owner::checkpointCompleted : snapshot -> {
            storage.store(snapshot);
            owner.checkpointCompleted(snapshot);
        }, owner.checkpointHistory());
        try {
            new JobDeployment(graph, jobConfiguration, clock, attempt, coordinator, restoreFrom).deploy();
        } catch (Exception e) {
            coordinator.shutdownNow();
            throw e;
        }
        attempt.start(checkpointSettings,
                restoreFrom == null ? 1 : restoreFrom.checkpointId() + 1);
        return attempt;
    }

    private synchronized void reserve(String jobName, int slots) {
        if (slots > totalSlots) {
            throw new JobSubmissionException("Job '" + jobName + "' needs " + slots + " task slots (its largest parallelism) but "
                    + "there are only " + totalSlots + "; lower the parallelism or raise taskmanager.numberOfTaskSlots");
        }
        if (usedSlots + slots > totalSlots) {
            throw new JobSubmissionException("Job '" + jobName + "' needs " + slots + (slots == 1 ? " task slot" : " task slots")
                    + " but only " + (totalSlots - usedSlots) + " of " + totalSlots + " are free; wait for running jobs to end or cancel one");
        }
        usedSlots += slots;
    }

    private synchronized void release(int slots) {
        usedSlots -= slots;
    }

    public synchronized int freeSlots() {
        return totalSlots - usedSlots;
    }

    public int totalSlots() {
        return totalSlots;
    }

    /** The jobs that have not ended yet. */
    public List<JobClient> runningJobs() {
        return List.copyOf(jobs.values());
    }

    /** Cancels every running job. */
    @Override
    public void close() {
        jobs.values().forEach(ManagedJob::cancel);
    }
}
