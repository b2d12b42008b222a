package io.eddy.connectors.kinesis;

import io.eddy.connectors.kinesis.KinesisOptions.InitialPosition;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.SplitEnumerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * Finds the shards of the stream and gives each to one reader, the one with the fewest shards so
 * far. Shards found at startup begin at {@code source.init.position}; with {@code LATEST}, closed
 * shards are skipped (nothing new can arrive in them) and open ones begin at the start time.
 * Shards found later by periodic discovery ({@code source.shard.discovery.interval}) begin at their
 * start. Every split names the parents it
 * must wait for: those of its parents this source reads. The enumerator's state is which shards it
 * has seen and whether they are read (version 1: a count, then shard id and a boolean each). With
 * enhanced fan-out it registers the consumer before assigning shards and, when it manages the
 * consumer, deregisters it when it closes.
 */
final class KinesisSplitEnumerator implements SplitEnumerator<KinesisShardSplit> {

  private static final Logger LOG = LoggerFactory.getLogger(KinesisSplitEnumerator.class);
  private static final int STATE_VERSION = 1;

  private final EnumeratorContext<KinesisShardSplit> context;
  private final KinesisScanSettings settings;
  private final Map<String, Boolean> seen = new LinkedHashMap<>();
  private final int[] assignedCounts;
  private KinesisAsyncClient client;
  private ShardDiscovery discovery;
  private long startMillis;

  KinesisSplitEnumerator(EnumeratorContext<KinesisShardSplit> context, KinesisScanSettings settings,
      byte[] restoredState) {
    this.context = context;
    this.settings = settings;
    this.assignedCounts = new int[context.parallelism()];
    if (restoredState != null) {
      restore(restoredState);
    }
  }

  private void restore(byte[] state) {
    BinaryInput input = new BinaryInput(state);
    int version = input.readUnsignedVarInt();
    if (version != STATE_VERSION) {
      throw new IllegalArgumentException("unknown Kinesis enumerator state version " + version);
    }
    int count = input.readUnsignedVarInt();
    for (int i = 0; i < count; i++) {
      seen.put(input.readString(), input.readBoolean());
    }
  }

  @Override
  public void start() {
    startMillis = System.currentTimeMillis();
    client = settings.client().createClient();
    discovery = new ShardDiscovery(client, settings.client());
    if (settings.deadLetters() != null) {
      KinesisDeadLetterQueue.requireStream(client, settings.deadLetters().client());
    }
    if (settings.enhancedFanOut()) {
      new EfoConsumer(client, settings).ensureRegistered();
    }
    assignNew(discovery.shards(), seen.isEmpty());
    if (!settings.discoveryInterval().isZero()) {
      context.callPeriodically(this::discover, settings.discoveryInterval());
    }
  }

  private void discover() {
    List<Shard> shards;
    try {
      shards = discovery.shards();
    } catch (ConnectorException e) {
      LOG.warn("Shard discovery of table {} failed, trying again later: {}", settings.tableName(),
          e.getMessage());
      return;
    }
    assignNew(shards, false);
  }

  private void assignNew(List<Shard> shards, boolean atStartup) {
    Map<Integer, List<KinesisShardSplit>> byReader = new HashMap<>();
    String stream = settings.client().stream().toString();
    for (Shard shard : shards) {
      if (seen.containsKey(shard.shardId())) {
        continue;
      }
      boolean skip = atStartup && settings.initialPosition() == InitialPosition.LATEST
          && ShardDiscovery.closed(shard);
      seen.put(shard.shardId(), !skip);
      if (skip) {
        continue;
      }
      List<String> parents = ShardDiscovery.parents(shard).stream()
          .filter(parent -> Boolean.TRUE.equals(seen.get(parent))).toList();
      StartingPosition position = atStartup ? settings.startupPosition(startMillis)
          : StartingPosition.TRIM_HORIZON;
      KinesisShardSplit split = new KinesisShardSplit(stream, shard.shardId(), position,
          atStartup && settings.initialPosition() == InitialPosition.LATEST ? List.of() : parents, false);
      byReader.computeIfAbsent(leastLoaded(), r -> new ArrayList<>()).add(split);
    }
    byReader.forEach((reader, splits) -> {
      LOG.info("Assigning shards {} of table {} to reader {}", splits, settings.tableName(), reader);
      context.assignSplits(reader, splits);
    });
  }

  private int leastLoaded() {
    int best = 0;
    for (int i = 1; i < assignedCounts.length; i++) {
      if (assignedCounts[i] < assignedCounts[best]) {
        best = i;
      }
    }
    assignedCounts[best]++;
    return best;
  }

  @Override
  public void addSplitsBack(List<KinesisShardSplit> splits, int subtaskIndex) {
    for (KinesisShardSplit split : splits) {
      context.assignSplits(leastLoaded(), List.of(split));
    }
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    BinaryOutput output = new BinaryOutput();
    output.writeUnsignedVarInt(STATE_VERSION);
    output.writeUnsignedVarInt(seen.size());
    seen.forEach((shardId, read) -> {
      output.writeString(shardId);
      output.writeBoolean(read);
    });
    return output.toByteArray();
  }

  @Override
  public void close() {
    if (client != null && settings.enhancedFanOut()) {
      new EfoConsumer(client, settings).deregisterIfManaged();
    }
    if (client != null) {
      client.close();
    }
  }
}
