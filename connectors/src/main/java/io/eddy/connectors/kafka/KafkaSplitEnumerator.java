package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.SplitEnumerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Finds the topic-partitions a source reads and gives each to one reader, always the same one for a
 * partition ({@code (hash(topic) * 31 + partition) % parallelism}, as Flink does). Partitions found
 * at startup begin at the table's startup mode; partitions found later by periodic discovery
 * ({@code scan.topic-partition-discovery.interval}, unbounded reads only) begin at their earliest
 * offset. Start and stop offsets are resolved here, so splits always carry concrete offsets. The
 * partitions already assigned are the enumerator's state (version 1: a count, then topic and
 * partition of each).
 */
final class KafkaSplitEnumerator implements SplitEnumerator<KafkaPartitionSplit> {

  private static final int STATE_VERSION = 1;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final EnumeratorContext<KafkaPartitionSplit> context;
  private final KafkaScanSettings settings;
  private final Set<TopicPartition> assigned = new LinkedHashSet<>();
  private KafkaConsumer<byte[], byte[]> consumer;

  KafkaSplitEnumerator(EnumeratorContext<KafkaPartitionSplit> context, KafkaScanSettings settings,
      byte[] restoredState) {
    this.context = context;
    this.settings = settings;
    if (restoredState != null) {
      restore(restoredState);
    }
  }

  private void restore(byte[] state) {
    BinaryInput input = new BinaryInput(state);
    int version = input.readUnsignedVarInt();
    if (version != STATE_VERSION) {
      throw new IllegalArgumentException("unknown Kafka enumerator state version " + version);
    }
    int count = input.readUnsignedVarInt();
    for (int i = 0; i < count; i++) {
      assigned.add(new TopicPartition(input.readString(), input.readUnsignedVarInt()));
    }
  }

  @Override
  public void start() {
    consumer = KafkaClientProperties.consumer(settings.clientProperties());
    boolean restored = !assigned.isEmpty();
    assignNew(discover(!restored), !restored);
    if (settings.bounded()) {
      for (int i = 0; i < context.parallelism(); i++) {
        context.signalNoMoreSplits(i);
      }
    } else if (!settings.discoveryInterval().isZero()) {
      context.callPeriodically(() -> assignNew(discover(false), false), settings.discoveryInterval());
    }
  }

  private Set<TopicPartition> discover(boolean requireTopics) {
    Set<TopicPartition> found = new TreeSet<>((a, b) -> a.topic().equals(b.topic())
        ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
    if (settings.topicPattern() == null) {
      for (String topic : settings.topics()) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, TIMEOUT);
        if (partitions.isEmpty() && requireTopics) {
          throw new ConnectorException("Topic '" + topic + "' of table " + settings.tableName()
              + " does not exist");
        }
        partitions.forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
      }
    } else {
      for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(TIMEOUT).entrySet()) {
        if (settings.reads(topic.getKey())) {
          topic.getValue().forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
        }
      }
    }
    found.removeAll(assigned);
    return found;
  }

  private void assignNew(Set<TopicPartition> partitions, boolean atStartup) {
    if (partitions.isEmpty()) {
      return;
    }
    Map<TopicPartition, Long> starts = atStartup ? startOffsets(partitions)
        : consumer.beginningOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> stops = stopOffsets(partitions);
    Map<Integer, List<KafkaPartitionSplit>> byReader = new HashMap<>();
    for (TopicPartition partition : partitions) {
      long start = starts.get(partition);
      long stop = stops.getOrDefault(partition, KafkaPartitionSplit.NO_STOPPING_OFFSET);
      byReader.computeIfAbsent(owner(partition), r -> new ArrayList<>()).add(
          new KafkaPartitionSplit(partition.topic(), partition.partition(), start, Math.max(start, stop)));
      assigned.add(partition);
    }
    byReader.forEach(context::assignSplits);
  }

  private int owner(TopicPartition partition) {
    int start = ((partition.topic().hashCode() * 31) & 0x7FFFFFFF) % context.parallelism();
    return (start + partition.partition()) % context.parallelism();
  }

  private Map<TopicPartition, Long> startOffsets(Set<TopicPartition> partitions) {
    return switch (settings.startupMode()) {
      case EARLIEST_OFFSET -> consumer.beginningOffsets(partitions, TIMEOUT);
      case LATEST_OFFSET -> consumer.endOffsets(partitions, TIMEOUT);
      case TIMESTAMP -> offsetsForTime(partitions, settings.startupTimestamp());
      case SPECIFIC_OFFSETS -> specific(partitions, settings.startupOffsets(),
          consumer.beginningOffsets(partitions, TIMEOUT));
      case GROUP_OFFSETS -> groupOffsets(partitions);
    };
  }

  private Map<TopicPartition, Long> stopOffsets(Set<TopicPartition> partitions) {
    return switch (settings.boundedMode()) {
      case UNBOUNDED -> Map.of();
      case LATEST_OFFSET -> consumer.endOffsets(partitions, TIMEOUT);
      case TIMESTAMP -> offsetsForTime(partitions, settings.boundedTimestamp());
      case SPECIFIC_OFFSETS -> specific(partitions, settings.boundedOffsets(),
          consumer.endOffsets(partitions, TIMEOUT));
    };
  }

  /** The first offset at or after {@code timestamp}, else the end of the partition. */
  private Map<TopicPartition, Long> offsetsForTime(Set<TopicPartition> partitions, long timestamp) {
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(p -> query.put(p, timestamp));
    Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, TIMEOUT);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp offset = found.get(partition);
      offsets.put(partition, offset == null ? ends.get(partition) : offset.offset());
    }
    return offsets;
  }

  private static Map<TopicPartition, Long> specific(Collection<TopicPartition> partitions,
      Map<Integer, Long> given, Map<TopicPartition, Long> fallback) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      Long offset = given.get(partition.partition());
      offsets.put(partition, offset == null ? fallback.get(partition) : offset);
    }
    return offsets;
  }

  /** The group's committed offsets; where it has none, {@code auto.offset.reset} (default latest). */
  private Map<TopicPartition, Long> groupOffsets(Set<TopicPartition> partitions) {
    if (settings.clientProperties().getProperty(ConsumerConfig.GROUP_ID_CONFIG) == null) {
      throw new ConnectorException("Table " + settings.tableName() + " starts from 'group-offsets'"
          + " (the default 'scan.startup.mode') and needs option 'properties.group.id'."
          + " Hint: or set 'scan.startup.mode' = 'earliest-offset'");
    }
    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions, TIMEOUT);
    String reset = settings.clientProperties().getProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "latest");
    Map<TopicPartition, Long> fallback = reset.equals("earliest")
        ? consumer.beginningOffsets(partitions, TIMEOUT) : consumer.endOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata offset = committed.get(partition);
      offsets.put(partition, offset == null ? fallback.get(partition) : offset.offset());
    }
    return offsets;
  }

  @Override
  public void addSplitsBack(List<KafkaPartitionSplit> splits, int subtaskIndex) {
    for (KafkaPartitionSplit split : splits) {
      context.assignSplits(owner(split.topicPartition()), List.of(split));
    }
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    BinaryOutput output = new BinaryOutput();
    output.writeUnsignedVarInt(STATE_VERSION);
    output.writeUnsignedVarInt(assigned.size());
    for (TopicPartition partition : assigned) {
      output.writeString(partition.topic());
      output.writeUnsignedVarInt(partition.partition());
    }
    return output.toByteArray();
  }

  @Override
  public void close() {
    if (consumer != null) {
      KafkaClientClosing.close(consumer);
    }
  }
}
