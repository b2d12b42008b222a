package io.eddy.runtime.sink;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a {@link Sink}'s writer as the last operator of a pipeline. At a checkpoint it flushes and
 * pre-commits; when the checkpoint completes its committer commits what was pre-committed. At the end of
 * bounded input it flushes, pre-commits and commits (the final checkpoint). Pre-committed but not yet
 * committed committables are part of its snapshot and are committed again after a restore (committers
 * are idempotent). The writer hears of completed checkpoints of this run only
 * ({@link SinkWriter#notifyCheckpointComplete(long)}), not of restored commits nor of the end of input.
 * Emits nothing.
 *
 * @param <C> the committable type
 */
public final class SinkWriterOperator<C> extends AbstractOneInputOperator {

    private final Sink<C> sink;
    private final Map<Long, List<C>> pendingCommits = new TreeMap<>();
    private SinkWriter<C> writer;
    private Committer<C> committer;

    public SinkWriterOperator(Sink<C> sink) {
        this.sink = requireNonNull(sink, "sink is null");
    }

    /** A factory for job graphs. */
    public static OperatorFactory factory(Sink<?> sink) {
        requireNonNull(sink, "sink is null");
        return () -> new SinkWriterOperator<>(sink);
    }

    @Override
    protected void initializeOperatorState(List<byte[]> restored) {
        for (byte[] item : restored) {
            BinaryInput input = new BinaryInput(item);
            long checkpointId = input.readVarLong();
            int count = input.readUnsignedVarInt();
            List<C> committables = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                committables.add(serializer().deserialize(input));
            }
            pendingCommits.merge(checkpointId, committables, (left, right) -> {
                left.addAll(right);
                return left;
            });
        }
    }

    @Override
    protected List<byte[]> snapshotOperatorState() {
        List<byte[]> items = new ArrayList<>();
        pendingCommits.forEach((checkpointId, committables) -> {
            BinaryOutput output = new BinaryOutput();
            output.writeVarLong(checkpointId);
            output.writeUnsignedVarInt(committables.size());
            committables.forEach(committable -> serializer().serialize(committable, output));
            items.add(output.toByteArray());
        });
        return items;
    }

    private TypeSerializer<C> serializer() {
        return sink.committableSerializer().orElseThrow(() -> new IllegalStateException(
                "sink '" + context.operatorName() + "' pre-commits but declares no committable serializer"));
    }

    @Override
    public void open() throws Exception {
        writer = sink.createWriter(new SinkContext(context.operatorName(), context.subtaskIndex(), context.parallelism(),
                context.configuration(), context.clock()));
        Optional<Committer<C>> created = sink.createCommitter();
        committer = created.orElse(null);
        if (!pendingCommits.isEmpty()) {
            commitUpTo(pendingCommits.keySet().stream().max(Long::compare).orElseThrow());
        }
    }

    @Override
    public void processElement(Row row) throws Exception {
        writer.write(row);
    }

    @Override
    public void processWatermark(long watermark) throws Exception {
        if (watermark > currentWatermark()) {
            writer.writeWatermark(watermark);
        }
        super.processWatermark(watermark);
    }

    @Override
    public OperatorSnapshot snapshotState(long checkpointId) throws Exception {
        writer.flush(false);
        List<C> committables = writer.prepareCommit(checkpointId);
        if (!committables.isEmpty()) {
            pendingCommits.put(checkpointId, new ArrayList<>(committables));
        }
        return super.snapshotState(checkpointId);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        commitUpTo(checkpointId);
        writer.notifyCheckpointComplete(checkpointId);
    }

    private void commitUpTo(long checkpointId) throws Exception {
        List<C> ready = new ArrayList<>();
        var iterator = pendingCommits.entrySet().iterator();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            if (entry.getKey() <= checkpointId) {
                ready.addAll(entry.getValue());
                iterator.remove();
            }
        }
        if (!ready.isEmpty()) {
            requireCommitter().commit(ready);
        }
    }

    private Committer<C> requireCommitter() {
        if (committer == null) {
            throw new IllegalStateException("sink '" + context.operatorName() + "' pre-committed data but has no committer");
        }
        return committer;
    }

    @Override
    public void finish() throws Exception {
        writer.flush(true);
        List<C> last = writer.prepareCommit(Long.MAX_VALUE);
        if (!last.isEmpty()) {
            pendingCommits.put(Long.MAX_VALUE, new ArrayList<>(last));
        }
        commitUpTo(Long.MAX_VALUE);
    }

    @Override
    public void close() throws Exception {
        try {
            if (writer != null) {
                writer.close();
            }
            if (committer != null) {
                committer.close();
            }
        } finally {
            super.close();
        }
    }
}
