package io.eddy.runtime.harness;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import io.eddy.runtime.time.ManualClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a one-input operator on the RocksDB state backend (the shared harness always uses the heap
 * backend), restoring into a fresh instance after every input, and on the heap harness, for comparison.
 * Steps are rows such as {@code +I[a, 1]}, watermarks such as {@code W:9999} or processing times such as
 * {@code P:10000} (the clock moves there and due processing-time timers fire).
 */
public final class RocksDbOperatorRunner {

    private RocksDbOperatorRunner() {
    }

    public static List<OutputEvent> runOnRocksDb(OperatorFactory factory, Path directory, RowSchema schema, String... steps) throws Exception {
        RocksDbStateBackendFactory backend = new RocksDbStateBackendFactory(directory, 8L << 20);
        CollectingOutput output = new CollectingOutput();
        OperatorMetrics metrics = new OperatorMetrics("rocksdb run", 0);
        ManualClock clock = new ManualClock();
        OperatorSnapshot snapshot = OperatorSnapshot.EMPTY;
        for (String step : steps) {
            OneInputOperator operator = (OneInputOperator) factory.create();
            operator.setup(new OperatorContext("rocksdb run", 0, 1, KeyGroupAssignment.DEFAULT_MAX_PARALLELISM, new Configuration(),
                    clock, backend, metrics), output);
            operator.initializeState(snapshot);
            operator.open();
            apply(operator, clock, schema, step);
            snapshot = operator.snapshotState(1);
            operator.close();
        }
        return output.events();
    }

    /** Gives one step to {@code operator}: a row, a watermark ({@code W:9999}) or a processing time ({@code P:10000}). */
    public static void apply(OneInputOperator operator, ManualClock clock, RowSchema schema, String step) throws Exception {
        if (step.startsWith("W:")) {
            operator.processWatermark(Long.parseLong(step.substring(2)));
        } else if (step.startsWith("P:")) {
            clock.set(Long.parseLong(step.substring(2)));
            operator.advanceProcessingTime(clock.currentTimeMillis());
        } else {
            operator.processElement(Rows.parse(schema, step));
        }
    }

    /**
     * The events as text with the records between two other events (watermarks, idleness) sorted: RocksDB
     * timers of the same time fire by key, heap timers by registration, so runs on both compare this way.
     */
    public static List<String> tiesSorted(List<OutputEvent> events) {
        List<String> result = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (OutputEvent event : events) {
            if (event instanceof OutputEvent.Record) {
                records.add(event.toString());
            } else {
                records.stream().sorted().forEach(result::add);
                records.clear();
                result.add(event.toString());
            }
        }
        records.stream().sorted().forEach(result::add);
        return result;
    }

    public static List<OutputEvent> runOnHeap(OperatorFactory factory, RowSchema schema, String... steps) throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            for (String step : steps) {
                if (step.startsWith("W:")) {
                    harness.processWatermark(Long.parseLong(step.substring(2)));
                } else if (step.startsWith("P:")) {
                    harness.setProcessingTime(Long.parseLong(step.substring(2)));
                } else {
                    harness.processElements(schema, step);
                }
            }
            return harness.events();
        }
    }
}
