package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.harness.CollectingOutput;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import io.eddy.runtime.time.ManualClock;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a one-input operator on the RocksDB state backend, snapshotting and restoring into a fresh
 * instance after every input (the shared harness always uses the heap backend).
 */
final class RocksDbOperatorRun implements AutoCloseable {

    private final OperatorFactory factory;
    private final RocksDbStateBackendFactory backend;
    private final CollectingOutput output = new CollectingOutput();
    private final OperatorMetrics metrics = new OperatorMetrics("rocksdb", 0);
    private OneInputOperator operator;
    private long checkpointId;

    RocksDbOperatorRun(OperatorFactory factory, Path directory) throws Exception {
        this.factory = requireNonNull(factory, "factory is null");
        this.backend = new RocksDbStateBackendFactory(directory, 8 << 20);
        open(OperatorSnapshot.EMPTY);
    }

    private void open(OperatorSnapshot snapshot) throws Exception {
        OperatorContext context = new OperatorContext("rocksdb", 0, 1, 128, new Configuration(), new ManualClock(), backend, metrics);
        operator = (OneInputOperator) factory.create();
        operator.setup(context, output);
        operator.initializeState(snapshot);
        operator.open();
    }

    void processElement(Row row) throws Exception {
        operator.processElement(row);
        restore();
    }

    void processWatermark(long watermark) throws Exception {
        operator.processWatermark(watermark);
        restore();
    }

    private void restore() throws Exception {
        OperatorSnapshot snapshot = operator.snapshotState(++checkpointId);
        operator.close();
        open(snapshot);
    }

    List<OutputEvent> events() {
        return output.events();
    }

    int openInstances() {
        return backend.openInstances();
    }

    @Override
    public void close() throws Exception {
        operator.close();
    }
}
