package io.eddy.runtime.operator;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.KeyedStateSnapshot;
import io.eddy.runtime.time.KeyedTimerService;
import io.eddy.runtime.time.Timer;
import io.eddy.runtime.time.TimerService;
import java.util.List;
import java.util.Map;

/**
 * The base of most operators: keeps the context and output, and for keyed operators (built with a
 * {@link KeySelector}) the keyed state backend and timer service, both snapshotted per key group.
 * Subclasses override the hooks they need: {@link #initializeOperatorState(List)},
 * {@link #snapshotOperatorState()}, {@link #onEventTime(Timer)}, {@link #onProcessingTime(Timer)}.
 */
public abstract class AbstractStreamOperator implements StreamOperator, KeyedTimerService.Target {

    private final KeySelector keySelector;
    protected OperatorContext context;
    protected Output output;
    private KeyedStateBackend stateBackend;
    private KeyedTimerService timerService;
    private long currentWatermark = Long.MIN_VALUE;
    private final boolean overridesSnapshotState = overridesSnapshotState();

    /** A non-keyed operator. */
    protected AbstractStreamOperator() {
        this(null);
    }

    /** A keyed operator when {@code keySelector} is not null: state and timers are scoped to its keys. */
    protected AbstractStreamOperator(KeySelector keySelector) {
        this.keySelector = keySelector;
    }

    @Override
    public void setup(OperatorContext operatorContext, Output operatorOutput) {
        this.context = requireNonNull(operatorContext, "operatorContext is null");
        this.output = requireNonNull(operatorOutput, "operatorOutput is null");
    }

    @Override
    public final void initializeState(OperatorSnapshot restored) throws Exception {
        requireNonNull(restored, "restored is null");
        if (keySelector != null) {
            stateBackend = context.stateBackend().create(keySelector.keySchema(), context.maxParallelism(),
                    context.keyGroupRange(), context.clock());
            stateBackend.restore(restored.keyedHandles());
            stateBackend.restore(restored.keyedState());
            timerService = new KeyedTimerService(stateBackend, keySelector.keySchema(), context.clock(), this);
            timerService.restore(restored.timers());
        } else if (!restored.keyedState().isEmpty() || !restored.timers().isEmpty() || !restored.keyedHandles().isEmpty()) {
            throw new IllegalStateException(context.taskName() + " is not keyed but its snapshot holds keyed state");
        }
        currentWatermark = restored.watermark();
        if (timerService != null) {
            timerService.restoreWatermark(currentWatermark);
        }
        restoreInputs(currentWatermark, restored.inputs());
        initializeOperatorState(restored.operatorState());
    }

    /** Restores non-keyed state written by {@link #snapshotOperatorState()}; keyed state is ready here. */
    protected void initializeOperatorState(List<byte[]> restored) throws Exception {
    }

    /** Non-keyed state items; dealt out round-robin when the parallelism changes. */
    protected List<byte[]> snapshotOperatorState() throws Exception {
        return List.of();
    }

    /** The progress of each input of multi-input operators, for the snapshot; empty by default. */
    List<OperatorSnapshot.InputProgress> inputs() {
        return List.of();
    }

    /** Restores what {@link #inputs()} returned. */
    void restoreInputs(long operatorWatermark, List<OperatorSnapshot.InputProgress> inputs) {
    }

    @Override
    public void open() throws Exception {
    }

    /**
     * Called first by {@link #snapshotState(long)} and {@link #snapshotStateAsync(long, boolean)}, as
     * Flink's {@code prepareSnapshotPreBarrier}: write what the operator buffers in memory into keyed
     * state and timers so the snapshot holds it. Must not emit. Nothing by default.
     */
    protected void prepareSnapshot(long checkpointId) throws Exception {
    }

    @Override
    public OperatorSnapshot snapshotState(long checkpointId) throws Exception {
        prepareSnapshot(checkpointId);
        Map<Integer, byte[]> keyed = stateBackend == null ? Map.of() : stateBackend.snapshot();
        Map<Integer, byte[]> timers = timerService == null ? Map.of() : timerService.snapshot();
        return new OperatorSnapshot(keyed, timers, snapshotOperatorState(), currentWatermark, inputs());
    }

    /**
     * Timers, operator state and the synchronous part of the keyed state backend's snapshot here; the
     * backend's asynchronous part (reading or uploading a RocksDB checkpoint) in the returned one.
     * Subclasses that override {@link #snapshotState(long)} are snapshotted synchronously through it.
     */
    @Override
    public AsyncSnapshot<OperatorSnapshot> snapshotStateAsync(long checkpointId, boolean canonical) throws Exception {
        prepareSnapshot(checkpointId);
        if (stateBackend == null || overridesSnapshotState) {
            return AsyncSnapshot.done(snapshotState(checkpointId));
        }
        AsyncSnapshot<KeyedStateSnapshot> keyed = stateBackend.snapshotAsync(checkpointId, canonical);
        Map<Integer, byte[]> timers = timerService.snapshot();
        List<byte[]> operatorState = snapshotOperatorState();
        long watermark = currentWatermark;
        List<OperatorSnapshot.InputProgress> progress = inputs();
        return new AsyncSnapshot<>() {
            @Override
            public OperatorSnapshot complete() throws Exception {
                KeyedStateSnapshot state = keyed.complete();
                return new OperatorSnapshot(state.keyGroups(), timers, operatorState, watermark, progress, state.handles());
            }

            @Override
            public boolean isDone() {
                return keyed.isDone();
            }

            @Override
            public void confirm() {
                keyed.confirm();
            }
        };
    }

    private boolean overridesSnapshotState() {
        try {
            return getClass().getMethod("snapshotState", long.class).getDeclaringClass() != AbstractStreamOperator.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void advanceProcessingTime(long currentTime) throws Exception {
        if (timerService != null) {
            timerService.advanceProcessingTime(currentTime);
        }
    }

    /** Fires due event-time timers, then forwards the watermark; a watermark that does not advance is ignored. */
    protected void advanceWatermark(long watermark) throws Exception {
        if (watermark <= currentWatermark) {
            return;
        }
        currentWatermark = watermark;
        if (timerService != null) {
            timerService.advanceWatermark(watermark);
        }
        output.emitWatermark(watermark);
    }

    /** The last watermark this operator received. */
    protected long currentWatermark() {
        return currentWatermark;
    }

    /** Makes the key of {@code row} the current key of state and timers. */
    protected void setCurrentKeyOf(Row row) {
        keyedStateBackend().setCurrentKey(keySelector.getKey(row));
    }

    protected KeyedStateBackend keyedStateBackend() {
        if (stateBackend == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not keyed or its state is not initialized");
        }
        return stateBackend;
    }

    protected TimerService timerService() {
        keyedStateBackend();
        return timerService;
    }

    @Override
    public void onEventTime(Timer timer) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " registered an event-time timer but does not handle it");
    }

    @Override
    public void onProcessingTime(Timer timer) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " registered a processing-time timer but does not handle it");
    }

    @Override
    public void finish() throws Exception {
    }

    @Override
    public void close() throws Exception {
        if (timerService != null) {
            timerService.close();
        }
        if (stateBackend != null) {
            stateBackend.close();
        }
    }
}
