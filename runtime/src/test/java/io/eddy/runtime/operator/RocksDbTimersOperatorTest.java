package io.eddy.runtime.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.CollectingOutput;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.RocksDbOperatorRunner;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.StateBackendFactory;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.Timer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A keyed operator with event- and processing-time timers on RocksDB timers, restored after every input and from incremental checkpoints. */
class RocksDbTimersOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("key", FieldType.STRING, "time", FieldType.BIGINT);
    private static final FieldKeySelector KEY = new FieldKeySelector(INPUT, 0);

    /** Registers an event-time timer at the row's time and a processing-time timer 1000 later; a negative time deletes the event-time timer at its absolute value. */
    private static final class TimerOperator extends AbstractOneInputOperator {

        TimerOperator() {
            super(KEY);
        }

        @Override
        public void processElement(Row row) {
            setCurrentKeyOf(row);
            long time = row.getLong(1);
            if (time < 0) {
                timerService().deleteEventTimeTimer(0, -time);
            } else {
                timerService().registerEventTimeTimer(0, time);
                timerService().registerProcessingTimeTimer(0, time + 1_000);
            }
        }

        @Override
        public void onEventTime(Timer timer) {
            output.collect(Row.of(timer.key().getString(0), "event", timer.time()));
        }

        @Override
        public void onProcessingTime(Timer timer) {
            output.collect(Row.of(timer.key().getString(0), "processing", timer.time()));
        }
    }

    private static final String[] STEPS = {"+I[a, 30]", "+I[b, 10]", "+I[c, 30]", "+I[a, 30]", "+I[d, 20]", "+I[d, -20]",
        "+I[e, 10]", "W:15", "+I[f, 12]", "P:1020", "W:40", "P:5000"};

    @TempDir
    Path directory;

    @TempDir
    Path checkpoints;

    @Test
    void firesTheSameTimersInTheSameOrderAsTheHeapWhenRestoredAfterEveryInput() throws Exception {
        List<OutputEvent> onHeap = RocksDbOperatorRunner.runOnHeap(TimerOperator::new, INPUT, STEPS);
        assertThat(onHeap).map(Object::toString).containsExactly("+I[b, event, 10]", "+I[e, event, 10]", "W(15)",
                "+I[b, processing, 1010]", "+I[e, processing, 1010]", "+I[f, processing, 1012]", "+I[d, processing, 1020]",
                "+I[f, event, 12]", "+I[a, event, 30]", "+I[c, event, 30]", "W(40)",
                "+I[a, processing, 1030]", "+I[c, processing, 1030]");
        assertThat(RocksDbOperatorRunner.runOnRocksDb(TimerOperator::new, directory, INPUT, STEPS)).isEqualTo(onHeap);
    }

    @Test
    void restoresTimersFromIncrementalCheckpoints() throws Exception {
        List<OutputEvent> onHeap = RocksDbOperatorRunner.runOnHeap(TimerOperator::new, INPUT, STEPS);
        RocksDbStateBackendFactory backends = new RocksDbStateBackendFactory(directory, 8L << 20, checkpoints.resolve("shared"), true);
        CollectingOutput output = new CollectingOutput();
        ManualClock clock = new ManualClock();
        OperatorSnapshot snapshot = OperatorSnapshot.EMPTY;
        long checkpointId = 0;
        for (String step : STEPS) {
            TimerOperator operator = open(backends, clock, output, snapshot);
            RocksDbOperatorRunner.apply(operator, clock, INPUT, step);
            AsyncSnapshot<OperatorSnapshot> taken = operator.snapshotStateAsync(++checkpointId, false);
            snapshot = taken.complete();
            taken.confirm();
            assertThat(snapshot.keyedHandles()).hasSize(1);
            operator.close();
        }
        assertThat(output.events()).isEqualTo(onHeap);
        assertThat(backends.openInstances()).isZero();
    }

    private static TimerOperator open(StateBackendFactory backends, ManualClock clock, CollectingOutput output, OperatorSnapshot snapshot)
            throws Exception {
        TimerOperator operator = new TimerOperator();
        operator.setup(new OperatorContext("timers", 0, 1, KeyGroupAssignment.DEFAULT_MAX_PARALLELISM, new Configuration(), clock,
                backends, new OperatorMetrics("timers", 0)), output);
        operator.initializeState(snapshot);
        operator.open();
        return operator;
    }

    @Test
    void theOptionChoosesWhereTimersLiveAndRefusesOtherValues() throws Exception {
        List<OutputEvent> onHeap = RocksDbOperatorRunner.runOnHeap(TimerOperator::new, INPUT, STEPS);
        for (String factory : List.of("ROCKSDB", "heap")) {
            Configuration configuration = Configuration.fromMap(Map.of("state.backend.rocksdb.localdir", directory.toString(),
                    "state.backend.rocksdb.timer-service.factory", factory));
            RocksDbStateBackendFactory backends = RocksDbStateBackendFactory.fromConfiguration(configuration);
            CollectingOutput output = new CollectingOutput();
            TimerOperator operator = open(backends, new ManualClock(), output, OperatorSnapshot.EMPTY);
            operator.processElement(Row.of("a", 5L));
            operator.processWatermark(5);
            operator.close();
            assertThat(output.events()).map(Object::toString).as(factory).containsExactly("+I[a, event, 5]", "W(5)");
        }
        assertThat(onHeap).isNotEmpty();
        assertThatThrownBy(() -> Configuration.fromMap(Map.of("state.backend.rocksdb.timer-service.factory", "disk"))
                .get(RuntimeOptions.ROCKSDB_TIMER_SERVICE))
                .hasMessage("Invalid value 'disk' for option 'state.backend.rocksdb.timer-service.factory': expected ROCKSDB or HEAP");
    }
}
