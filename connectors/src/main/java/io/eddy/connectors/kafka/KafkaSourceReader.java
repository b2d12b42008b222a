package io.eddy.connectors.kafka;

import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.spi.DeadLetter;
import io.eddy.connectors.spi.MalformedRecords;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the topic-partitions assigned to one source subtask with its own consumer, assigned the
 * partitions directly ({@code assign}, no group rebalancing, no offset commits). Each poll waits at
 * most {@link #POLL_TIMEOUT}, so {@link #pollNext} never blocks long. A malformed record fails the
 * job with {@code topic/partition/offset} and the reason, unless the format skips and counts it
 * ({@code json.ignore-parse-errors}) or the table has a dead-letter topic, which then receives its raw
 * key and value with their provenance (flushed whenever the reader snapshots and at the end of a bounded
 * read). Requested metadata follows the decoded columns. A bounded split
 * is released once the consumer's position reaches its stopping offset.
 */
final class KafkaSourceReader implements SourceReader<KafkaPartitionSplit> {

  static final Duration POLL_TIMEOUT = Duration.ofMillis(5);

  private final KafkaScanSettings settings;
  private final KafkaRowDecoder decoder;
  private final List<KafkaMetadata> metadata;
  private final Row[] rows;
  private final Map<TopicPartition, KafkaPartitionSplit> splits = new LinkedHashMap<>();
  private final Map<TopicPartition, SplitOutput> outputs = new LinkedHashMap<>();
  private final List<KafkaPartitionSplit> added = new ArrayList<>();
  private KafkaConsumer<byte[], byte[]> consumer;
  private MalformedRecords malformed;
  private boolean noMoreSplits;

  /**
   * @param schema the produced rows: the decoded columns, then {@code metadata}
   */
  KafkaSourceReader(KafkaScanSettings settings, KafkaRowDecoder decoder, RowSchema schema,
      List<KafkaMetadata> metadata) {
    this.settings = settings;
    this.decoder = decoder;
    this.metadata = List.copyOf(metadata);
    this.rows = new Row[] {new Row(schema), new Row(schema)};
    this.malformed = MalformedRecords.failing(settings.tableName());
  }

  @Override
  public void start() {
    consumer = KafkaClientProperties.consumer(settings.clientProperties());
    KafkaDeadLetters deadLetters = settings.deadLetters();
    if (deadLetters != null) {
      malformed = MalformedRecords.deadLettered(settings.tableName(), deadLetters.open(settings.tableName()),
          "dead-letter topic '" + deadLetters.topic() + "'");
    }
  }

  @Override
  public void addSplits(List<KafkaPartitionSplit> newSplits) {
    added.addAll(newSplits);
  }

  @Override
  public void notifyNoMoreSplits() {
    noMoreSplits = true;
  }

  @Override
  public InputStatus pollNext(ReaderOutput output) {
    if (!added.isEmpty()) {
      assignAdded(output);
    }
    if (splits.isEmpty()) {
      return noMoreSplits ? endOfInput() : InputStatus.NOTHING_AVAILABLE;
    }
    ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
    boolean emitted = false;
    for (TopicPartition partition : records.partitions()) {
      KafkaPartitionSplit split = splits.get(partition);
      if (split == null) {
        continue;
      }
      SplitOutput splitOutput = outputs.get(partition);
      long next = split.nextOffset();
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (record.offset() >= split.stoppingOffset()) {
          break;
        }
        int count = decode(record);
        for (int i = 0; i < count; i++) {
          splitOutput.collect(rows[i]);
        }
        emitted |= count > 0;
        next = record.offset() + 1;
      }
      splits.put(partition, split.at(next));
      splitOutput.reportPosition(Long.toString(next), consumer.currentLag(partition).orElse(0));
    }
    releaseFinished(output);
    if (splits.isEmpty() && noMoreSplits) {
      return endOfInput();
    }
    return emitted || !records.isEmpty() ? InputStatus.MORE_AVAILABLE : InputStatus.NOTHING_AVAILABLE;
  }

  /** The end of a bounded read: dead letters are written before the job can finish. */
  private InputStatus endOfInput() {
    malformed.flush();
    return InputStatus.END_OF_INPUT;
  }

  private void assignAdded(ReaderOutput output) {
    for (KafkaPartitionSplit split : added) {
      splits.put(split.topicPartition(), split);
      outputs.put(split.topicPartition(), output.forSplit(split.splitId()));
    }
    added.clear();
    consumer.assign(splits.keySet());
    for (KafkaPartitionSplit split : splits.values()) {
      consumer.seek(split.topicPartition(), split.nextOffset());
    }
    releaseFinished(output);
  }

  /** Releases bounded splits whose position reached the stopping offset (control records included). */
  private void releaseFinished(ReaderOutput output) {
    List<TopicPartition> finished = new ArrayList<>();
    for (KafkaPartitionSplit split : splits.values()) {
      if (split.bounded() && (split.nextOffset() >= split.stoppingOffset()
          || consumer.position(split.topicPartition()) >= split.stoppingOffset())) {
        finished.add(split.topicPartition());
      }
    }
    if (finished.isEmpty()) {
      return;
    }
    for (TopicPartition partition : finished) {
      KafkaPartitionSplit split = splits.remove(partition);
      outputs.remove(partition);
      output.releaseSplit(split.splitId());
    }
    consumer.assign(splits.keySet());
  }

  /** Decodes a record into {@link #rows}, returning how many hold it. */
  private int decode(ConsumerRecord<byte[], byte[]> record) {
    int count;
    try {
      count = decoder.decode(record.key(), record.value(), rows[0], rows[1]);
    } catch (FormatException e) {
      malformed.reject("topic/partition/offset " + record.topic() + "/" + record.partition() + "/"
          + record.offset(), e.getMessage(), () -> DeadLetter.of(record.key(), record.value(), e.getMessage(),
          "topic", record.topic(), "partition", Integer.toString(record.partition()),
          "offset", Long.toString(record.offset()), "timestamp", Long.toString(record.timestamp())));
      return 0;
    }
    int first = rows[0].arity() - metadata.size();
    for (int r = 0; r < count; r++) {
      for (int i = 0; i < metadata.size(); i++) {
        metadata.get(i).write(record, rows[r], first + i);
      }
    }
    return count;
  }

  /** Malformed records skipped so far because the formats ignore parse errors. */
  long skippedRecords() {
    return decoder.skippedRecords();
  }

  @Override
  public List<KafkaPartitionSplit> snapshotState(long checkpointId) {
    malformed.flush();
    List<KafkaPartitionSplit> snapshot = new ArrayList<>(splits.values());
    snapshot.addAll(added);
    return snapshot;
  }

  @Override
  public void close() {
    try {
      malformed.close(decoder.skippedRecords());
    } finally {
      if (consumer != null) {
        KafkaClientClosing.close(consumer);
      }
    }
  }
}
