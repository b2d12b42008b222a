package io.eddy.runtime.execution;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.state.KeyGroupAssignment;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes one producer subtask's output into the channels of one edge, choosing channels by the edge's
 * partitioning. Each channel gets its own copy of a record (producers may reuse rows, and a consumer
 * hands its buffers back to be written over); control events go to every channel.
 */
final class RecordWriter {

    private final ChannelWriter[] channels;
    private final Partitioning partitioning;
    private final KeySelector keySelector;
    private final int consumerMaxParallelism;
    private final LoopTime time;
    private int nextChannel;

    RecordWriter(ChannelWriter[] channels, Partitioning partitioning, KeySelector keySelector, int consumerMaxParallelism,
                 int producerIndex, LoopTime time) {
        this.channels = channels;
        this.partitioning = partitioning;
        this.keySelector = keySelector;
        this.consumerMaxParallelism = consumerMaxParallelism;
        this.time = time;
        this.nextChannel = producerIndex % channels.length;
    }

    void emit(Row row) {
        switch (partitioning) {
            case FORWARD -> channels[0].addRecord(row, time.now);
            case HASH -> {
                int keyGroup = KeyGroupAssignment.keyGroupForHash(keySelector.keyHashCode(row), consumerMaxParallelism);
                channels[KeyGroupAssignment.subtaskForKeyGroup(consumerMaxParallelism, channels.length, keyGroup)].addRecord(row, time.now);
            }
            case REBALANCE -> {
                channels[nextChannel].addRecord(row, time.now);
                nextChannel = nextChannel + 1 == channels.length ? 0 : nextChannel + 1;
            }
            case RANDOM -> channels[ThreadLocalRandom.current().nextInt(channels.length)].addRecord(row, time.now);
            case BROADCAST -> {
                for (ChannelWriter channel : channels) {
                    channel.addRecord(row, time.now);
                }
            }
        }
    }

    void broadcast(ControlEvent event) {
        for (ChannelWriter channel : channels) {
            channel.addEvent(event, time.now);
        }
    }

    int drain() {
        int sent = 0;
        for (ChannelWriter channel : channels) {
            sent += channel.drain();
        }
        return sent;
    }

    void flushIfDue() {
        for (ChannelWriter channel : channels) {
            channel.flushIfDue(time.now);
        }
    }

    void flush() {
        for (ChannelWriter channel : channels) {
            channel.flush();
        }
    }

    boolean isWritable() {
        for (ChannelWriter channel : channels) {
            if (!channel.isWritable()) {
                return false;
            }
        }
        return true;
    }

    boolean hasWaiting() {
        for (ChannelWriter channel : channels) {
            if (channel.hasWaiting()) {
                return true;
            }
        }
        return false;
    }
}
