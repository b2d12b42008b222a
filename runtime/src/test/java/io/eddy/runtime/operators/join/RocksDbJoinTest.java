package io.eddy.runtime.operators.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.harness.CollectingOutput;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.TwoInputOperator;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import io.eddy.runtime.time.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs join scripts on the RocksDB backend, snapshotting and restoring into a fresh instance after every
 * few steps, and checks each step's output equals the heap backend's (in any order within a step: the rows of
 * one key come in each backend's iteration order). Steps: {@code L <row>}, {@code R <row>},
 * {@code WL <watermark>}, {@code WR <watermark>}.
 */
class RocksDbJoinTest {

    /** Opening a RocksDB instance takes a while: restore after every few steps, not after each. */
    private static final int RESTORE_EVERY = 4;

    @TempDir
    Path rocksDb;

    @Test
    void regularFullJoinGivesTheSameChangelogOnRocksDb() throws Exception {
        assertSameOnBothBackends(() -> new StreamingJoinOperator(StreamingJoinOperatorTest.spec(JoinType.FULL, null)),
                StreamingJoinOperatorTest.LEFT, StreamingJoinOperatorTest.RIGHT,
                "L +I[1, a]", "R +I[2, y]", "R +I[1, x]", "L +I[1, a]", "L -U[1, a]", "L +U[1, b]",
                "R -D[1, x]", "L -D[1, a]", "L +I[2, c]", "R -D[2, y]");
    }

    @Test
    void aJoinAppendingItsInsertOnlySidesGivesTheSameRowsOnRocksDb() throws Exception {
        assertSameOnBothBackends(() -> new StreamingJoinOperator(StreamingJoinOperatorTest.spec(JoinType.LEFT, null),
                        true, true),
                StreamingJoinOperatorTest.LEFT, StreamingJoinOperatorTest.RIGHT,
                "L +I[1, a]", "R +I[2, y]", "R +I[1, x]", "L +I[1, a]", "R +I[1, x]", "L +I[2, c]", "L +I[3, d]",
                "R +I[3, z]", "R +I[1, w]");
    }

    @Test
    void intervalTemporalAndWindowJoinsGiveTheSameOutputOnRocksDb() throws Exception {
        assertSameOnBothBackends(IntervalJoinOperatorTest.join(JoinType.FULL, null),
                IntervalJoinOperatorTest.LEFT, IntervalJoinOperatorTest.RIGHT,
                "L +I[1, 100, a]", "R +I[1, 98, x]", "R +I[1, 120, y]", "L +I[2, 50, b]", "WL 104", "WR 104",
                "L +I[1, 111, c]", "WL 130", "WR 130", "L +I[1, 90, late]", "R +I[3, 200, z]", "WL 300", "WR 300");
        assertSameOnBothBackends(TemporalJoinOperatorTest.join(JoinType.LEFT, null),
                TemporalJoinOperatorTest.ORDERS, TemporalJoinOperatorTest.RATES,
                "R +I[1, 10, v10]", "R +I[1, 20, v20]", "L +I[1, 15, a]", "L +I[1, 25, b]", "WL 16", "WR 16",
                "R -D[1, 22, v20]", "L +I[1, 23, c]", "WL 30", "WR 30");
        assertSameOnBothBackends(WindowJoinOperatorTest.join(JoinType.FULL, null),
                WindowJoinOperatorTest.LEFT, WindowJoinOperatorTest.RIGHT,
                "L +I[1, a, 0, 10]", "L +I[2, b, 0, 10]", "R +I[1, x, 0, 10]", "R +I[3, z, 0, 10]", "WL 9", "WR 9",
                "L +I[1, late, 0, 10]", "L +I[1, c, 10, 20]", "R +I[1, y, 10, 20]", "WL 20", "WR 20");
        try (Stream<Path> left = Files.list(rocksDb)) {
            assertThat(left).as("every RocksDB instance deleted its directory").isEmpty();
        }
    }

    private void assertSameOnBothBackends(OperatorFactory factory, RowSchema left, RowSchema right, String... steps)
            throws Exception {
        List<List<OutputEvent>> onHeap = new ArrayList<>();
        try (TwoInputOperatorHarness harness = new TwoInputOperatorHarness(factory).open()) {
            for (String step : steps) {
                int before = harness.events().size();
                apply(harness, step, left, right);
                onHeap.add(harness.events().subList(before, harness.events().size()));
            }
        }
        assertThat(onHeap).anySatisfy(events -> assertThat(events).isNotEmpty());
        RocksDbStateBackendFactory backends = new RocksDbStateBackendFactory(rocksDb, 16L << 20);
        CollectingOutput output = new CollectingOutput();
        TwoInputOperator operator = open(factory, backends, output, OperatorSnapshot.EMPTY);
        try {
            for (int i = 0; i < steps.length; i++) {
                String[] parts = steps[i].split(" ", 2);
                output.clear();
                switch (parts[0]) {
                    case "L" -> operator.processElement1(Rows.parse(left, parts[1]));
                    case "R" -> operator.processElement2(Rows.parse(right, parts[1]));
                    case "WL" -> operator.processWatermark1(Long.parseLong(parts[1]));
                    default -> operator.processWatermark2(Long.parseLong(parts[1]));
                }
                assertThat(output.events()).as(steps[i]).containsExactlyInAnyOrderElementsOf(onHeap.get(i));
                if (i % RESTORE_EVERY == RESTORE_EVERY - 1) {
                    OperatorSnapshot snapshot = operator.snapshotState(i);
                    operator.close();
                    operator = open(factory, backends, output, snapshot);
                }
            }
        } finally {
            operator.close();
        }
        assertThat(backends.openInstances()).isZero();
    }

    private static void apply(TwoInputOperatorHarness harness, String step, RowSchema left, RowSchema right) throws Exception {
        String[] parts = step.split(" ", 2);
        switch (parts[0]) {
            case "L" -> harness.processElements1(left, parts[1]);
            case "R" -> harness.processElements2(right, parts[1]);
            case "WL" -> harness.processWatermark1(Long.parseLong(parts[1]));
            default -> harness.processWatermark2(Long.parseLong(parts[1]));
        }
    }

    private static TwoInputOperator open(OperatorFactory factory, RocksDbStateBackendFactory backends, CollectingOutput output,
                                         OperatorSnapshot snapshot) throws Exception {
        TwoInputOperator operator = (TwoInputOperator) factory.create();
        operator.setup(new OperatorContext("join", 0, 1, KeyGroupAssignment.DEFAULT_MAX_PARALLELISM, new Configuration(),
                new ManualClock(), backends, new OperatorMetrics("join", 0)), output);
        operator.initializeState(snapshot);
        operator.open();
        return operator;
    }
}
