package io.eddy.runtime.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.source.memory.InMemorySplit;
import io.eddy.runtime.time.ManualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemorySourceTest {

    private static List<Row> numbers(int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (long i = from; i < to; i++) {
            rows.add(Row.of(i));
        }
        return rows;
    }

    /** Collects what a reader emits, by split. */
    private static final class Recorder implements ReaderOutput {
        final List<String> emitted = new ArrayList<>();
        final List<String> released = new ArrayList<>();

        @Override
        public SplitOutput forSplit(String splitId) {
            return new SplitOutput() {
                @Override
                public void collect(Row row) {
                    emitted.add(splitId + ":" + row.getLong(0));
                }

                @Override
                public void reportPosition(String position, long lag) {
                }
            };
        }

        @Override
        public void releaseSplit(String splitId) {
            released.add(splitId);
        }
    }

    private final InMemorySource source = InMemorySource.bounded(List.of(numbers(0, 100), numbers(100, 110)));
    private final ReaderContext context = new ReaderContext("numbers", 0, 1, new Configuration(), new ManualClock());

    @Test
    void readerSnapshotsPositionsAndAFreshReaderContinuesFromThem() throws Exception {
        SourceReader<InMemorySplit> reader = source.createReader(context);
        reader.addSplits(List.of(new InMemorySplit("split-0", 0, 0), new InMemorySplit("split-1", 1, 0)));
        Recorder first = new Recorder();
        assertThat(reader.pollNext(first)).isEqualTo(InputStatus.MORE_AVAILABLE);
        List<InMemorySplit> snapshot = reader.snapshotState(1);
        assertThat(snapshot).containsExactly(new InMemorySplit("split-0", 0, 64), new InMemorySplit("split-1", 1, 0));

        SplitSerializer<InMemorySplit> serializer = source.splitSerializer();
        List<InMemorySplit> restoredSplits = new ArrayList<>();
        for (InMemorySplit split : snapshot) {
            restoredSplits.add(serializer.deserialize(serializer.version(), serializer.serialize(split)));
        }
        SourceReader<InMemorySplit> restored = source.createReader(context);
        restored.addSplits(restoredSplits);
        restored.notifyNoMoreSplits();
        Recorder second = new Recorder();
        while (restored.pollNext(second) != InputStatus.END_OF_INPUT) {
            assertThat(second.emitted.size()).isLessThan(100);
        }
        assertThat(first.emitted).hasSize(64).startsWith("split-0:0").endsWith("split-0:63");
        assertThat(second.emitted).hasSize(46).startsWith("split-0:64").endsWith("split-1:109");
        assertThat(second.released).containsExactly("split-0", "split-1");
    }

    @Test
    void unknownSplitVersionsAreRejected() {
        assertThatThrownBy(() -> source.splitSerializer().deserialize(2, new byte[0]))
                .hasMessage("unknown in-memory split version 2");
    }

    @Test
    void enumeratorDealsSplitsRoundRobinAndEndsBoundedReaders() throws Exception {
        List<String> calls = new ArrayList<>();
        EnumeratorContext<InMemorySplit> enumeratorContext = new EnumeratorContext<>() {
            @Override
            public int parallelism() {
                return 2;
            }

            @Override
            public void assignSplits(int subtaskIndex, List<InMemorySplit> splits) {
                calls.add(subtaskIndex + " <- " + splits.stream().map(InMemorySplit::splitId).toList());
            }

            @Override
            public void signalNoMoreSplits(int subtaskIndex) {
                calls.add(subtaskIndex + " done");
            }

            @Override
            public void callPeriodically(Runnable action, java.time.Duration period) {
            }
        };
        InMemorySource three = InMemorySource.bounded(List.of(numbers(0, 1), numbers(1, 2), numbers(2, 3)));
        three.createEnumerator(enumeratorContext, null).start();
        assertThat(calls).containsExactly("0 <- [split-0, split-2]", "0 done", "1 <- [split-1]", "1 done");
    }
}
