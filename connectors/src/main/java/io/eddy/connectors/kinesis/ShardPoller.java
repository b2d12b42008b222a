package io.eddy.connectors.kinesis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;

/**
 * The GetRecords loop of one shard, driven without blocking: each {@link #poll(long, String)} looks
 * at the call in flight (at most one), hands over a response that arrived and starts the next call
 * when it is due. A shard without an iterator first asks GetShardIterator for its position; an
 * expired iterator is renewed the same way from the last record read. After an empty read the
 * shard waits {@code idle-source-interval}; when throttled it backs off exponentially (with jitter,
 * see {@link Backoff}). Not thread-safe: one per shard, on the reader's thread.
 */
final class ShardPoller implements ShardFetcher {

  private final KinesisAsyncClient client;
  private final KinesisScanSettings settings;
  private final String shardId;
  private CompletableFuture<?> pending;
  private String iterator;
  private long nextCallAt;
  private int throttledInARow;
  private long throttledTotal;
  private boolean ended;

  ShardPoller(KinesisAsyncClient client, KinesisScanSettings settings, String shardId) {
    this.client = client;
    this.settings = settings;
    this.shardId = shardId;
  }

  @Override
  public Batch poll(long now, StartingPosition position) {
    GetRecordsResponse arrived = null;
    if (pending != null && pending.isDone()) {
      CompletableFuture<?> done = pending;
      pending = null;
      arrived = handle(done, now);
    }
    if (pending == null && !ended && now >= nextCallAt) {
      pending = iterator == null ? requestIterator(position) : requestRecords();
    }
    if (arrived == null) {
      return null;
    }
    Long behind = arrived.millisBehindLatest();
    return new Batch(arrived.records(), behind == null ? 0 : behind);
  }

  private GetRecordsResponse handle(CompletableFuture<?> done, long now) {
    Object result;
    try {
      result = done.join();
    } catch (CompletionException e) {
      Throwable cause = KinesisErrors.unwrap(e);
      if (cause instanceof ProvisionedThroughputExceededException || cause instanceof LimitExceededException) {
        throttledInARow++;
        throttledTotal++;
        nextCallAt = Backoff.nextAttempt(now, throttledInARow);
        return null;
      }
      if (cause instanceof ExpiredIteratorException) {
        iterator = null;
        nextCallAt = now;
        return null;
      }
      throw KinesisErrors.of(settings.client(), "read shard " + shardId, cause);
    }
    throttledInARow = 0;
    if (result instanceof GetShardIteratorResponse response) {
      iterator = response.shardIterator();
      ended = iterator == null;
      nextCallAt = now;
      return null;
    }
    GetRecordsResponse response = (GetRecordsResponse) result;
    iterator = response.nextShardIterator();
    ended = iterator == null;
    boolean caughtUp = response.records().isEmpty()
        && (response.millisBehindLatest() == null || response.millisBehindLatest() == 0);
    nextCallAt = caughtUp ? now + settings.idleInterval().toMillis() : now;
    return response;
  }

  private CompletableFuture<GetShardIteratorResponse> requestIterator(StartingPosition position) {
    StreamReference stream = settings.client().stream();
    return client.getShardIterator(position.applyTo(GetShardIteratorRequest.builder()
        .streamName(stream.name()).streamARN(stream.arn()).shardId(shardId)).build());
  }

  private CompletableFuture<GetRecordsResponse> requestRecords() {
    StreamReference stream = settings.client().stream();
    return client.getRecords(GetRecordsRequest.builder().shardIterator(iterator)
        .streamARN(stream.arn()).limit(settings.maxRecordCount()).build());
  }

  @Override
  public boolean ended() {
    return ended && pending == null;
  }

  @Override
  public long throttledCalls() {
    return throttledTotal;
  }

  @Override
  public void cancel() {
    if (pending != null) {
      pending.cancel(true);
      pending = null;
    }
  }
}
