package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.source.SourceSplit;
import org.apache.kafka.common.TopicPartition;

/**
 * One topic-partition of a Kafka source with the offset of the next record to read and, for a bounded
 * read, the offset to stop before.
 *
 * @param topic the topic
 * @param partition the partition number
 * @param nextOffset offset of the next record to read
 * @param stoppingOffset offset to stop before, or {@link #NO_STOPPING_OFFSET}
 */
public record KafkaPartitionSplit(String topic, int partition, long nextOffset, long stoppingOffset)
    implements SourceSplit {

  /** The stopping offset of an unbounded split. */
  public static final long NO_STOPPING_OFFSET = Long.MAX_VALUE;

  public KafkaPartitionSplit {
    requireNonNull(topic, "topic is null");
    if (partition < 0 || nextOffset < 0 || stoppingOffset < 0) {
      throw new IllegalArgumentException("invalid split " + topic + "-" + partition + " at "
          + nextOffset + " stopping at " + stoppingOffset);
    }
  }

  @Override
  public String splitId() {
    return topic + "-" + partition;
  }

  TopicPartition topicPartition() {
    return new TopicPartition(topic, partition);
  }

  boolean bounded() {
    return stoppingOffset != NO_STOPPING_OFFSET;
  }

  /** This split resumed at {@code offset}. */
  KafkaPartitionSplit at(long offset) {
    return new KafkaPartitionSplit(topic, partition, offset, stoppingOffset);
  }

  @Override
  public String toString() {
    return splitId() + "@" + nextOffset + (bounded() ? "..." + stoppingOffset : "");
  }
}
