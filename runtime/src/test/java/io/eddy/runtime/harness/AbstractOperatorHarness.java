package io.eddy.runtime.harness;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.StreamOperator;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.time.ManualClock;
import java.util.List;

/**
 * What one- and two-input harnesses share: creating operators from a factory, collecting their output,
 * a manual clock, snapshots, restores into FRESH instances, and the adversarial mode that restores after
 * every input.
 *
 * @param <O> the operator interface
 * @param <H> the concrete harness, for chaining calls
 */
public abstract class AbstractOperatorHarness<O extends StreamOperator, H extends AbstractOperatorHarness<O, H>>
        implements AutoCloseable {

    private final OperatorFactory factory;
    private final Class<O> operatorType;
    private final CollectingOutput output = new CollectingOutput();
    private final ManualClock clock = new ManualClock();
    private Configuration configuration = new Configuration();
    private int parallelism = 1;
    private int subtaskIndex;
    private int maxParallelism = KeyGroupAssignment.DEFAULT_MAX_PARALLELISM;
    private boolean restoreAfterEveryInput;
    private OperatorMetrics metrics;
    private O operator;
    private long checkpointId;
    private int restores;

    protected AbstractOperatorHarness(OperatorFactory factory, Class<O> operatorType) {
        this.factory = requireNonNull(factory, "factory is null");
        this.operatorType = operatorType;
    }

    @SuppressWarnings("unchecked")
    private H self() {
        return (H) this;
    }

    /** Runs as subtask {@code index} of {@code of} (call before {@link #open()}). */
    public H subtask(int index, int of) {
        this.subtaskIndex = index;
        this.parallelism = of;
        return self();
    }

    public H maxParallelism(int value) {
        this.maxParallelism = value;
        return self();
    }

    public H configuration(Configuration value) {
        this.configuration = requireNonNull(value, "value is null");
        return self();
    }

    /** Snapshot and restore into a fresh instance after every input. */
    public H adversarial() {
        this.restoreAfterEveryInput = true;
        return self();
    }

    /** Creates, initializes (empty state) and opens the operator. */
    public H open() throws Exception {
        return open(OperatorSnapshot.EMPTY);
    }

    /** Creates a fresh instance, restores it from {@code snapshot} and opens it. */
    public H open(OperatorSnapshot snapshot) throws Exception {
        StreamOperator created = factory.create();
        if (!operatorType.isInstance(created)) {
            throw new IllegalArgumentException(created.getClass().getName() + " is not a " + operatorType.getSimpleName());
        }
        metrics = metrics == null ? new OperatorMetrics("harness", subtaskIndex) : metrics;
        OperatorContext context = new OperatorContext("harness", subtaskIndex, parallelism, maxParallelism, configuration,
                clock, HeapKeyedStateBackend.factory(), metrics);
        O typed = operatorType.cast(created);
        typed.setup(context, output);
        typed.initializeState(snapshot);
        typed.open();
        operator = typed;
        return self();
    }

    protected O operator() {
        if (operator == null) {
            throw new IllegalStateException("call open() first");
        }
        return operator;
    }

    /** Moves processing time (the operator's clock) to {@code time} and fires due processing-time timers. */
    public H setProcessingTime(long time) throws Exception {
        clock.set(time);
        operator().advanceProcessingTime(time);
        return afterInput();
    }

    /**
     * The row an operator receives: a copy that {@link #takeBack(Row)} clears once the call returns, as a
     * runtime reuses its input rows. An operator that keeps an input row without copying it then finds
     * its fields null, and the test's output shows it.
     */
    protected static Row handOver(Row row) {
        return row.copy();
    }

    /** Clears a row handed over with {@link #handOver(Row)}: the operator's call has returned. */
    protected static void takeBack(Row handedOver) {
        handedOver.clear();
    }

    /** Call after each input: restores into a fresh instance in adversarial mode. */
    protected H afterInput() throws Exception {
        if (restoreAfterEveryInput) {
            snapshotAndRestore();
        }
        return self();
    }

    public OperatorSnapshot snapshot() throws Exception {
        return operator().snapshotState(++checkpointId);
    }

    /** Tells the operator that checkpoint {@code checkpointId} (the n-th {@link #snapshot()}) completed. */
    public H notifyCheckpointComplete(long completedCheckpointId) throws Exception {
        operator().notifyCheckpointComplete(completedCheckpointId);
        return self();
    }

    /** Takes a snapshot, closes this instance and continues with a fresh one restored from it. */
    public H snapshotAndRestore() throws Exception {
        OperatorSnapshot snapshot = snapshot();
        operator().close();
        operator = null;
        restores++;
        return open(snapshot);
    }

    protected void countRecordIn() {
        metrics.recordsIn().increment();
    }

    protected void recordWatermark(long watermark) {
        metrics.currentWatermark().set(watermark);
    }

    public ManualClock clock() {
        return clock;
    }

    public List<OutputEvent> events() {
        return output.events();
    }

    public List<Row> records() {
        return output.records();
    }

    /** The emitted records as text ({@code +I[1, a]}). */
    public List<String> recordStrings() {
        return Rows.format(output.records());
    }

    public List<Long> watermarks() {
        return output.watermarks();
    }

    public void clearOutput() {
        output.clear();
    }

    public OperatorMetrics metrics() {
        return metrics;
    }

    public int restores() {
        return restores;
    }

    /** Closes the current operator instance; a failure to close fails the test. */
    @Override
    public void close() {
        if (operator != null) {
            try {
                operator.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the operator failed", e);
            } finally {
                operator = null;
            }
        }
    }
}
