package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.CheckpointingMode;
import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Barrier handling of one input gate: alignment, counting without alignment, aborts and superseding barriers. */
class InputGateTest {

    private final List<Object> read = new ArrayList<>();
    private final InputGate.Handler handler = new InputGate.Handler() {
        @Override
        public void record(Row row) {
            read.add(row.getString(0));
        }

        @Override
        public void watermark(long watermark) {
        }

        @Override
        public void status(boolean idle) {
        }
    };
    private final CheckpointAborts aborts = new CheckpointAborts();
    private final List<Channel> channels = List.of(new Channel(8, new ExchangeMetrics("a")), new Channel(8, new ExchangeMetrics("b")));

    private void send(int channel, Object... items) {
        Buffer buffer = new Buffer(items.length);
        for (Object item : items) {
            buffer.add(item instanceof String text ? Row.of(text) : item, !(item instanceof ControlEvent), 0);
        }
        channels.get(channel).offer(buffer);
    }

    private void pollAll(InputGate gate) throws Exception {
        while (gate.poll(handler) > 0) {
            // read everything readable
        }
    }

    private static ControlEvent.Barrier barrier(long id) {
        return new ControlEvent.Barrier(id);
    }

    @Test
    void exactlyOnceStopsReadingAChannelAfterItsBarrierUntilTheCheckpointWasTaken() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.EXACTLY_ONCE, aborts);
        send(0, "a1", barrier(1), "a2");
        send(1, "b1");
        pollAll(gate);
        assertThat(read).containsExactlyInAnyOrder("a1", "b1");
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
        send(1, barrier(1), "b2");
        pollAll(gate);
        assertThat(gate.alignedBarrier()).isEqualTo(1);
        assertThat(read).containsExactlyInAnyOrder("a1", "b1");
        gate.unblock();
        pollAll(gate);
        assertThat(read).containsExactlyInAnyOrder("a1", "b1", "a2", "b2");
    }

    @Test
    void atLeastOnceKeepsReadingAChannelWhoseBarrierArrivedAndCountsTheChannels() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.AT_LEAST_ONCE, aborts);
        send(0, "a1", barrier(1), "a2");
        send(0, "a3");
        pollAll(gate);
        assertThat(read).containsExactly("a1", "a2", "a3");
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
        send(1, "b1", barrier(1), "b2");
        gate.poll(handler);
        assertThat(gate.alignedBarrier()).as("the barrier came on both channels").isEqualTo(1);
        assertThat(read).as("the buffer is cut at the barrier").containsExactly("a1", "a2", "a3", "b1");
        gate.unblock();
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
    }

    @Test
    void atLeastOnceDoesNotCountAChannelThatEndedAfterItsBarrier() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.AT_LEAST_ONCE, aborts);
        send(0, barrier(1), ControlEvent.EndOfInput.INSTANCE);
        pollAll(gate);
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
        send(1, barrier(1));
        pollAll(gate);
        assertThat(gate.alignedBarrier()).isEqualTo(1);
    }

    @Test
    void anAbortedCheckpointsAlignmentIsDroppedAndItsLateBarriersIgnored() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.EXACTLY_ONCE, aborts);
        send(0, barrier(1), "a1");
        pollAll(gate);
        assertThat(read).isEmpty();
        aborts.abort(1);
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
        pollAll(gate);
        assertThat(read).as("the blocked channel is read again").containsExactly("a1");
        send(1, "b1", barrier(1), "b2");
        pollAll(gate);
        assertThat(read).as("the late barrier blocks nothing").containsExactly("a1", "b1", "b2");
        assertThat(gate.alignedBarrier()).isEqualTo(-1);
        send(0, barrier(2));
        send(1, barrier(2));
        pollAll(gate);
        assertThat(gate.alignedBarrier()).isEqualTo(2);
    }

    @Test
    void aLaterBarrierSupersedesAnUnfinishedAlignment() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.EXACTLY_ONCE, aborts);
        send(0, barrier(1), "a1", barrier(2));
        send(1, barrier(2));
        gate.poll(handler);
        gate.poll(handler);
        assertThat(gate.alignedBarrier()).as("channel 1 skipped checkpoint 1").isEqualTo(-1);
        pollAll(gate);
        assertThat(read).as("channel 0 is read again up to its barrier 2").containsExactly("a1");
        assertThat(gate.alignedBarrier()).isEqualTo(2);
    }

    @Test
    void aBufferGoesBackToItsChannelOnlyOnceReadToItsEnd() throws Exception {
        InputGate gate = new InputGate(channels, CheckpointingMode.EXACTLY_ONCE, aborts);
        send(0, "a1", barrier(1), "a2");
        send(1, "b1");
        pollAll(gate);
        assertThat(channels.get(0).reusableBuffer()).as("cut at its barrier, the rest still to read").isNull();
        assertThat(channels.get(1).reusableBuffer()).as("read to its end").isNotNull();
        send(1, barrier(1));
        pollAll(gate);
        gate.unblock();
        pollAll(gate);
        assertThat(read).containsExactlyInAnyOrder("a1", "b1", "a2");
        Buffer returned = channels.get(0).reusableBuffer();
        assertThat(returned).isNotNull();
        assertThat(returned.isEmpty()).isTrue();
    }

    @Test
    void aWriterFillsTheBuffersItsConsumerHandedBackAndWritesOverTheirRows() throws Exception {
        Channel channel = channels.get(0);
        ChannelWriter writer = new ChannelWriter(channel, 2, 100);
        Row reused = Row.of("first");
        writer.addRecord(reused, 0);
        reused.setString(0, "second");
        writer.addRecord(reused, 0);
        Buffer first = channel.poll();
        List<Object> firstRows = List.of(first.items[0], first.items[1]);
        channel.recycle(first);
        reused.setString(0, "third");
        writer.addRecord(reused, 0);
        writer.addEvent(new ControlEvent.Watermark(5), 0);
        Buffer second = channel.poll();
        assertThat(second).as("the buffer handed back").isSameAs(first);
        assertThat(second.items[0]).as("its row, written over").isSameAs(firstRows.get(0)).hasToString("+I[third]");
        assertThat(second.records).isEqualTo(1);
        channel.recycle(second);
        writer.addRecord(Row.of(7L), 0);
        assertThat(writer.hasWaiting()).isTrue();
        writer.flush();
        assertThat(channel.poll().items[0]).as("another schema: a new copy").isNotSameAs(firstRows.get(0)).hasToString("+I[7]");
    }
}
