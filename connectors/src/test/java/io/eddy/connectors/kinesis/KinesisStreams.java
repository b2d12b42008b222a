package io.eddy.connectors.kinesis;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/** Creates, fills, reads and reshards streams of a test server directly through the SDK. */
final class KinesisStreams implements AutoCloseable {

  static final String ACCESS_KEY = "000000000000";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final KinesisServer server;
  private final KinesisAsyncClient client;

  KinesisStreams(KinesisServer server) {
    this.server = server;
    this.client = KinesisAsyncClient.builder().endpointOverride(URI.create(server.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "secret")))
        .build();
  }

  /** The options of a table over {@code stream} on the server, plus {@code more} as key, value pairs. */
  Map<String, String> options(String stream, String... more) {
    Map<String, String> options = new HashMap<>(Map.of("connector", "kinesis", "stream", stream,
        "aws.region", "us-east-1", "aws.endpoint", server.endpoint(), "aws.credentials.provider", "BASIC",
        "aws.credentials.basic.accesskeyid", ACCESS_KEY, "aws.credentials.basic.secretkey", "secret",
        "format", "json", "source.shard.get-records.idle-source-interval", "50 ms",
        "source.shard.discovery.interval", "200 ms"));
    for (int i = 0; i < more.length; i += 2) {
      if (more[i + 1] == null) {
        options.remove(more[i]);
      } else {
        options.put(more[i], more[i + 1]);
      }
    }
    return options;
  }

  /** Creates a stream with a unique name and waits until it is active. */
  String create(String prefix, int shards) {
    String name = prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    client.createStream(b -> b.streamName(name).shardCount(shards)).join();
    awaitActive(name);
    return name;
  }

  void awaitActive(String stream) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (client.describeStreamSummary(b -> b.streamName(stream)).join().streamDescriptionSummary()
        .streamStatus() != StreamStatus.ACTIVE) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("stream " + stream + " did not become active");
      }
      pause(20);
    }
  }

  /** Puts each text as one record with its partition key, one call per record, in order. */
  void put(String stream, String partitionKey, List<String> texts) {
    for (String text : texts) {
      client.putRecord(b -> b.streamName(stream).partitionKey(partitionKey)
          .data(SdkBytes.fromString(text, StandardCharsets.UTF_8))).join();
    }
  }

  /** Puts raw bytes as one record with its partition key. */
  void putBytes(String stream, String partitionKey, byte[] data) {
    client.putRecord(b -> b.streamName(stream).partitionKey(partitionKey).data(SdkBytes.fromByteArray(data))).join();
  }

  /** Every record of every shard, shard by shard. */
  List<Record> records(String stream) {
    List<Record> records = new ArrayList<>();
    for (Shard shard : shards(stream)) {
      records.addAll(shardRecords(stream, shard.shardId()));
    }
    return records;
  }

  /** Deletes a stream and waits until it is gone. */
  void delete(String stream) {
    client.deleteStream(b -> b.streamName(stream)).join();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (client.listStreams().join().streamNames().contains(stream)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("stream " + stream + " was not deleted");
      }
      pause(20);
    }
  }

  /** The ARN of a stream. */
  String arn(String stream) {
    return client.describeStreamSummary(b -> b.streamName(stream)).join().streamDescriptionSummary().streamARN();
  }

  /** Puts one record per key, {@code event(key)} its data, in one PutRecords call. */
  void putKeyed(String stream, List<String> keys, java.util.function.Function<String, String> event) {
    var response = client.putRecords(b -> b.streamName(stream).records(keys.stream()
        .map(key -> software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry.builder()
            .partitionKey(key).data(SdkBytes.fromString(event.apply(key), StandardCharsets.UTF_8)).build())
        .toList())).join();
    if (response.failedRecordCount() != null && response.failedRecordCount() > 0) {
      throw new AssertionError("records were rejected: " + response.records());
    }
  }

  List<Shard> shards(String stream) {
    return client.listShards(b -> b.streamName(stream)).join().shards();
  }

  /** Every record of every shard, as text, shard by shard. */
  List<String> readAll(String stream) {
    return records(stream).stream().map(r -> r.data().asUtf8String()).toList();
  }

  /** Every record of one shard, as text, in order. */
  List<String> readShard(String stream, String shardId) {
    return shardRecords(stream, shardId).stream().map(r -> r.data().asUtf8String()).toList();
  }

  /** Every record of one shard, in order. */
  List<Record> shardRecords(String stream, String shardId) {
    List<Record> records = new ArrayList<>();
    String iterator = client.getShardIterator(b -> b.streamName(stream).shardId(shardId)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).join().shardIterator();
    while (iterator != null) {
      String current = iterator;
      GetRecordsResponse response = client.getRecords(b -> b.shardIterator(current)).join();
      records.addAll(response.records());
      if (response.records().isEmpty() && response.millisBehindLatest() == 0) {
        break;
      }
      iterator = response.nextShardIterator();
    }
    return records;
  }

  /** Splits an open shard in the middle of its hash key range and waits until the stream is active. */
  void split(String stream, Shard shard) {
    java.math.BigInteger low = new java.math.BigInteger(shard.hashKeyRange().startingHashKey());
    java.math.BigInteger high = new java.math.BigInteger(shard.hashKeyRange().endingHashKey());
    String middle = low.add(high).shiftRight(1).toString();
    client.splitShard(b -> b.streamName(stream).shardToSplit(shard.shardId()).newStartingHashKey(middle)).join();
    awaitActive(stream);
  }

  /** Merges two adjacent open shards and waits until the stream is active. */
  void merge(String stream, String shard, String adjacent) {
    client.mergeShards(b -> b.streamName(stream).shardToMerge(shard).adjacentShardToMerge(adjacent)).join();
    awaitActive(stream);
  }

  /** The status of an enhanced fan-out consumer of the stream, or null when it is not registered. */
  String consumerStatus(String stream, String consumer) {
    String arn = client.describeStreamSummary(b -> b.streamName(stream)).join().streamDescriptionSummary()
        .streamARN();
    try {
      return client.describeStreamConsumer(b -> b.streamARN(arn).consumerName(consumer)).join()
          .consumerDescription().consumerStatusAsString();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException) {
        return null;
      }
      throw e;
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
