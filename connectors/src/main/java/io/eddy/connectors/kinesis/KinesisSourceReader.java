package io.eddy.connectors.kinesis;

import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.spi.DeadLetter;
import io.eddy.connectors.spi.MalformedRecords;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitOutput;
import io.eddy.runtime.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Reads the shards assigned to one source subtask with a {@link ShardFetcher} each (GetRecords
 * polling, or enhanced fan-out subscriptions), on one asynchronous client, so {@link #pollNext}
 * never blocks on the network. A shard with parents waits
 * until they are finished ({@link ShardLineage}); a shard read to its end is released and kept as
 * a finished marker in the reader's state. Each shard's state is the sequence number of its last
 * emitted record, so a restore resumes just after it. A malformed record fails the job with shard
 * and sequence number, unless the format skips and counts it ({@code json.ignore-parse-errors}) or
 * the table has a dead-letter stream, which then receives it in a JSON envelope
 * ({@link KinesisDeadLetterQueue}; written before each snapshot and at the end of the input).
 */
final class KinesisSourceReader implements SourceReader<KinesisShardSplit> {

  private static final Logger LOG = LoggerFactory.getLogger(KinesisSourceReader.class);

  private final KinesisScanSettings settings;
  private final RecordDecoder decoder;
  private final List<KinesisMetadata> metadata;
  private final ShardLineage lineage;
  private final Clock clock;
  private final Row row;
  private final Map<String, KinesisShardSplit> reading = new LinkedHashMap<>();
  private final Map<String, ShardFetcher> pollers = new LinkedHashMap<>();
  private final Map<String, SplitOutput> outputs = new LinkedHashMap<>();
  private final Map<String, KinesisShardSplit> waiting = new LinkedHashMap<>();
  private final Map<String, KinesisShardSplit> finished = new LinkedHashMap<>();
  private final List<KinesisShardSplit> added = new ArrayList<>();
  private KinesisAsyncClient client;
  private CompletableFuture<String> consumerArn;
  private MalformedRecords malformed;
  private boolean noMoreSplits;

  /**
   * @param schema the produced rows: the decoded columns, then {@code metadata}
   */
  KinesisSourceReader(KinesisScanSettings settings, RecordDecoder decoder, RowSchema schema,
      List<KinesisMetadata> metadata, ShardLineage lineage, Clock clock) {
    this.settings = settings;
    this.decoder = decoder;
    this.metadata = List.copyOf(metadata);
    this.lineage = lineage;
    this.clock = clock;
    this.row = new Row(schema);
    this.malformed = MalformedRecords.failing(settings.tableName());
  }

  @Override
  public void start() {
    client = settings.client().createClient();
    KinesisSinkSettings deadLetters = settings.deadLetters();
    if (deadLetters != null) {
      malformed = MalformedRecords.deadLettered(settings.tableName(),
          new KinesisDeadLetterQueue(deadLetters, clock), deadLetters.client().stream().describe());
    }
  }

  @Override
  public void addSplits(List<KinesisShardSplit> splits) {
    added.addAll(splits);
  }

  @Override
  public void notifyNoMoreSplits() {
    noMoreSplits = true;
  }

  @Override
  public InputStatus pollNext(ReaderOutput output) {
    if (!added.isEmpty()) {
      takeAdded();
    }
    if (!waiting.isEmpty()) {
      startChildren();
    }
    malformed.progress();
    long now = clock.currentTimeMillis();
    boolean emitted = false;
    Iterator<Map.Entry<String, ShardFetcher>> shards = pollers.entrySet().iterator();
    while (shards.hasNext()) {
      Map.Entry<String, ShardFetcher> shard = shards.next();
      String shardId = shard.getKey();
      ShardFetcher poller = shard.getValue();
      ShardFetcher.Batch response = poller.poll(now, reading.get(shardId).position());
      if (response != null) {
        emitted |= emit(shardId, response, output);
      }
      if (poller.ended()) {
        shards.remove();
        finish(reading.remove(shardId), output);
      }
    }
    if (noMoreSplits && pollers.isEmpty() && waiting.isEmpty()) {
      malformed.flush();
      return InputStatus.END_OF_INPUT;
    }
    return emitted ? InputStatus.MORE_AVAILABLE : InputStatus.NOTHING_AVAILABLE;
  }

  private void takeAdded() {
    for (KinesisShardSplit split : added) {
      if (split.finished()) {
        finished.put(split.shardId(), split);
        lineage.markFinished(this, split.shardId());
      } else {
        waiting.put(split.shardId(), split);
      }
    }
    added.clear();
  }

  private void startChildren() {
    Iterator<KinesisShardSplit> candidates = waiting.values().iterator();
    while (candidates.hasNext()) {
      KinesisShardSplit split = candidates.next();
      if (split.parentShardIds().stream().allMatch(lineage::isFinished)) {
        candidates.remove();
        reading.put(split.shardId(), split);
        pollers.put(split.shardId(), fetcher(split.shardId()));
      }
    }
  }

  private ShardFetcher fetcher(String shardId) {
    if (!settings.enhancedFanOut()) {
      return new ShardPoller(client, settings, shardId);
    }
    if (consumerArn == null) {
      consumerArn = new EfoConsumer(client, settings).activeArn();
    }
    return new ShardSubscription(client, settings, shardId, consumerArn);
  }

  private boolean emit(String shardId, ShardFetcher.Batch response, ReaderOutput output) {
    SplitOutput splitOutput = outputs.computeIfAbsent(shardId, output::forSplit);
    KinesisShardSplit split = reading.get(shardId);
    boolean emitted = false;
    for (Record record : response.records()) {
      if (decode(shardId, record)) {
        splitOutput.collect(row);
        emitted = true;
      }
      split = split.after(record.sequenceNumber());
    }
    reading.put(shardId, split);
    splitOutput.reportPosition(split.position().toString(), response.millisBehindLatest());
    return emitted;
  }

  private boolean decode(String shardId, Record record) {
    SdkBytes data = record.data();
    try {
      if (!decoder.decode(data == null ? new byte[0] : data.asByteArrayUnsafe(), row)) {
        return false;
      }
    } catch (FormatException e) {
      malformed.reject("shard/sequence number " + shardId + "/" + record.sequenceNumber(), e.getMessage(),
          () -> deadLetter(shardId, record, e.getMessage()));
      return false;
    }
    int first = row.arity() - metadata.size();
    for (int i = 0; i < metadata.size(); i++) {
      metadata.get(i).write(shardId, record, row, first + i);
    }
    return true;
  }

  /** The record as a dead letter: the partition key as key, the data as value, and its provenance. */
  private DeadLetter deadLetter(String shardId, Record record, String error) {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("stream", settings.client().stream().toString());
    provenance.put("shard-id", shardId);
    provenance.put("sequence-number", record.sequenceNumber());
    provenance.put("partition-key", record.partitionKey());
    if (record.approximateArrivalTimestamp() != null) {
      provenance.put("timestamp", Long.toString(record.approximateArrivalTimestamp().toEpochMilli()));
    }
    SdkBytes data = record.data();
    return new DeadLetter(record.partitionKey().getBytes(StandardCharsets.UTF_8),
        data == null ? new byte[0] : data.asByteArray(), provenance, error);
  }

  private void finish(KinesisShardSplit split, ReaderOutput output) {
    LOG.info("Finished shard {} of table {}", split.shardId(), settings.tableName());
    outputs.remove(split.shardId());
    output.releaseSplit(split.shardId());
    finished.put(split.shardId(), split.asFinished());
    lineage.markFinished(this, split.shardId());
  }

  /** Malformed records skipped so far because the format ignores parse errors. */
  long skippedRecords() {
    return decoder.skippedRecords();
  }

  /** Throttled calls so far, over all shards read now. */
  long throttledCalls() {
    return pollers.values().stream().mapToLong(ShardFetcher::throttledCalls).sum();
  }

  @Override
  public List<KinesisShardSplit> snapshotState(long checkpointId) {
    malformed.flush();
    List<KinesisShardSplit> snapshot = new ArrayList<>(reading.values());
    snapshot.addAll(waiting.values());
    snapshot.addAll(finished.values());
    snapshot.addAll(added);
    return snapshot;
  }

  @Override
  public void close() {
    lineage.unregister(this);
    pollers.values().forEach(ShardFetcher::cancel);
    try {
      malformed.close(decoder.skippedRecords());
    } finally {
      if (client != null) {
        client.close();
      }
    }
  }
}
