package io.eddy.connectors.kinesis;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ListShardsRequest;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;

/** Lists every shard of a stream (open and closed ones still in retention) with ListShards, page by page. */
final class ShardDiscovery {

  private final KinesisAsyncClient client;
  private final KinesisClientSettings settings;

  ShardDiscovery(KinesisAsyncClient client, KinesisClientSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /**
   * The shards, parents before children as Kinesis returns them.
   *
   * @throws io.eddy.connectors.spi.ConnectorException when the stream cannot be listed
   */
  List<Shard> shards() {
    List<Shard> shards = new ArrayList<>();
    String nextToken = null;
    do {
      ListShardsRequest.Builder request = ListShardsRequest.builder();
      if (nextToken == null) {
        request.streamName(settings.stream().name()).streamARN(settings.stream().arn());
      } else {
        request.nextToken(nextToken);
      }
      ListShardsResponse response;
      try {
        response = client.listShards(request.build()).join();
      } catch (RuntimeException e) {
        throw KinesisErrors.of(settings, "list the shards", e);
      }
      shards.addAll(response.shards());
      nextToken = response.nextToken();
    } while (nextToken != null);
    return shards;
  }

  /** Whether the shard was closed by resharding (it has an ending sequence number). */
  static boolean closed(Shard shard) {
    return shard.sequenceNumberRange() != null && shard.sequenceNumberRange().endingSequenceNumber() != null;
  }

  /** The shard's parents (none, one after a split, two after a merge). */
  static List<String> parents(Shard shard) {
    List<String> parents = new ArrayList<>(2);
    if (shard.parentShardId() != null) {
      parents.add(shard.parentShardId());
    }
    if (shard.adjacentParentShardId() != null) {
      parents.add(shard.adjacentParentShardId());
    }
    return parents;
  }
}
