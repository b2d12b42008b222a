package io.eddy.runtime.harness;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.StreamOperator;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.time.ManualClock;
import java.util.List;

/**
 * Drives one {@link OneInputOperator} by hand: records, watermarks, idleness and processing time go in;
 * emitted records and watermarks are collected in order. {@link #snapshotAndRestore()} moves the state
 * into a FRESH instance from the factory; in {@linkplain #adversarial() adversarial mode} that happens
 * after every input, so an operator that forgets state in its snapshot produces different output (use
 * {@link OperatorTestSupport#assertSameOutputWithRestores}).
 */
public final class OneInputOperatorHarness implements AutoCloseable {

    private final OperatorFactory factory;
    private final CollectingOutput output = new CollectingOutput();
    private final ManualClock clock = new ManualClock();
    private Configuration configuration = new Configuration();
    private int parallelism = 1;
    private int subtaskIndex;
    private int maxParallelism = KeyGroupAssignment.DEFAULT_MAX_PARALLELISM;
    private boolean restoreAfterEveryInput;
    private OperatorMetrics metrics;
    private OneInputOperator operator;
    private long checkpointId;
    private int restores;

    public OneInputOperatorHarness(OperatorFactory factory) {
        this.factory = requireNonNull(factory, "factory is null");
    }

    /** Runs as subtask {@code index} of {@code of} (call before {@link #open()}). */
    public OneInputOperatorHarness subtask(int index, int of) {
        this.subtaskIndex = index;
        this.parallelism = of;
        return this;
    }

    public OneInputOperatorHarness maxParallelism(int value) {
        this.maxParallelism = value;
        return this;
    }

    public OneInputOperatorHarness configuration(Configuration value) {
        this.configuration = requireNonNull(value, "value is null");
        return this;
    }

    /** Snapshot and restore into a fresh instance after every input. */
    public OneInputOperatorHarness adversarial() {
        this.restoreAfterEveryInput = true;
        return this;
    }

    /** Creates, initializes (empty state) and opens the operator. */
    public OneInputOperatorHarness open() throws Exception {
        return open(OperatorSnapshot.EMPTY);
    }

    /** Creates a fresh instance, restores it from {@code snapshot} and opens it. */
    public OneInputOperatorHarness open(OperatorSnapshot snapshot) throws Exception {
        StreamOperator created = factory.create();
        if (!(created instanceof OneInputOperator oneInput)) {
            throw new IllegalArgumentException(created.getClass().getName() + " is not a one-input operator");
        }
        metrics = metrics == null ? new OperatorMetrics("harness", subtaskIndex) : metrics;
        OperatorContext context = new OperatorContext("harness", subtaskIndex, parallelism, maxParallelism, configuration,
                clock, HeapKeyedStateBackend.factory(), metrics);
        oneInput.setup(context, output);
        oneInput.initializeState(snapshot);
        oneInput.open();
        operator = oneInput;
        return this;
    }

    private OneInputOperator operator() {
        if (operator == null) {
            throw new IllegalStateException("call open() first");
        }
        return operator;
    }

    public OneInputOperatorHarness processElement(Row row) throws Exception {
        operator().processElement(row);
        metrics.recordsIn().increment();
        return afterInput();
    }

    /** Parses and processes rows such as {@code +I[1, a]} of the given schema. */
    public OneInputOperatorHarness processElements(RowSchema schema, String... rows) throws Exception {
        for (Row row : Rows.parseAll(schema, rows)) {
            processElement(row);
        }
        return this;
    }

    public OneInputOperatorHarness processWatermark(long watermark) throws Exception {
        operator().processWatermark(watermark);
        metrics.currentWatermark().set(watermark);
        return afterInput();
    }

    public OneInputOperatorHarness processWatermarkStatus(boolean idle) throws Exception {
        operator().processWatermarkStatus(idle);
        return afterInput();
    }

    /** Moves processing time (the operator's clock) to {@code time} and fires due processing-time timers. */
    public OneInputOperatorHarness setProcessingTime(long time) throws Exception {
        clock.set(time);
        operator().advanceProcessingTime(time);
        return afterInput();
    }

    /** The end of input: the final {@code Long.MAX_VALUE} watermark, then {@code finish()}. */
    public OneInputOperatorHarness endInput() throws Exception {
        operator().processWatermark(Long.MAX_VALUE);
        operator().finish();
        return this;
    }

    private OneInputOperatorHarness afterInput() throws Exception {
        if (restoreAfterEveryInput) {
            snapshotAndRestore();
        }
        return this;
    }

    public OperatorSnapshot snapshot() throws Exception {
        return operator().snapshotState(++checkpointId);
    }

    /** Tells the operator that checkpoint {@code checkpointId} (a number returned by {@link #snapshot()}'s order) completed. */
    public OneInputOperatorHarness notifyCheckpointComplete(long checkpointId) throws Exception {
        operator().notifyCheckpointComplete(checkpointId);
        return this;
    }

    /** Takes a snapshot, closes this instance and continues with a fresh one restored from it. */
    public OneInputOperatorHarness snapshotAndRestore() throws Exception {
        OperatorSnapshot snapshot = snapshot();
        operator().close();
        operator = null;
        restores++;
        return open(snapshot);
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

    @Override
    public void close() throws Exception {
        if (operator != null) {
            operator.close();
            operator = null;
        }
    }
}
