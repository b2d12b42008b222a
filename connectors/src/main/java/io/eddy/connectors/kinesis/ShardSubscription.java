package io.eddy.connectors.kinesis;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEventStream;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardRequest;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

/**
 * The enhanced fan-out reading of one shard: SubscribeToShard over HTTP/2 pushes events, taken one at
 * a time (the next is requested only after the reader took the last, so a slow reader slows the
 * stream). Kinesis ends every subscription after five minutes; the shard is then subscribed again
 * after the last record handed over, as after a failure. A subscription refused because another is
 * still active, or throttled, is retried after an exponential back-off; other failures fail the job.
 * The shard has ended when an event carries no continuation sequence number. Servers that never
 * send that event (kinesis-local) are covered too: when a subscription is caught up and empty, the
 * shard is looked up (ListShards, at most once per {@link #CLOSED_CHECK_MILLIS}); once it is known
 * to be closed, the second empty caught-up event after that ends it (the first may have been sent
 * before the shard closed; the second was requested after).
 */
final class ShardSubscription implements ShardFetcher {

  private static final int MAX_FAILURES_IN_A_ROW = 10;
  static final long CLOSED_CHECK_MILLIS = 1_000;

  private final KinesisAsyncClient client;
  private final KinesisScanSettings settings;
  private final String shardId;
  private final CompletableFuture<String> consumerArn;
  private EventSubscriber current;
  private long nextAttemptAt;
  private int failuresInARow;
  private long throttledTotal;
  private boolean ended;
  private CompletableFuture<Boolean> closedCheck;
  private long nextClosedCheckAt;
  private int emptyEventsSinceClosed = -1;

  ShardSubscription(KinesisAsyncClient client, KinesisScanSettings settings, String shardId,
      CompletableFuture<String> consumerArn) {
    this.client = client;
    this.settings = settings;
    this.shardId = shardId;
    this.consumerArn = consumerArn;
  }

  @Override
  public Batch poll(long now, StartingPosition position) {
    if (closedCheck != null && closedCheck.isDone()) {
      if (Boolean.TRUE.equals(closedCheck.exceptionally(error -> false).join()) && emptyEventsSinceClosed < 0) {
        emptyEventsSinceClosed = 0;
      }
      closedCheck = null;
    }
    if (current != null) {
      SubscribeToShardEvent event = current.events.poll();
      if (event != null) {
        failuresInARow = 0;
        Long behind = event.millisBehindLatest();
        ended = event.continuationSequenceNumber() == null || caughtUpOnClosedShard(event, now);
        if (ended) {
          current.cancel();
          current = null;
        } else {
          current.requestNext();
        }
        return new Batch(event.records(), behind == null ? 0 : behind);
      }
      if (current.call.isDone() && current.events.isEmpty()) {
        Throwable failure = current.failure();
        current = null;
        if (failure != null) {
          backOff(now, failure);
        }
      }
    }
    if (current == null && !ended && now >= nextAttemptAt && consumerArn.isDone()) {
      subscribe(position);
    }
    return null;
  }

  private boolean caughtUpOnClosedShard(SubscribeToShardEvent event, long now) {
    boolean caughtUp = event.records().isEmpty()
        && (event.millisBehindLatest() == null || event.millisBehindLatest() == 0);
    if (!caughtUp) {
      return false;
    }
    if (emptyEventsSinceClosed >= 0) {
      return ++emptyEventsSinceClosed >= 2;
    }
    if (closedCheck == null && now >= nextClosedCheckAt) {
      nextClosedCheckAt = now + CLOSED_CHECK_MILLIS;
      StreamReference stream = settings.client().stream();
      closedCheck = client.listShards(b -> b.streamName(stream.name()).streamARN(stream.arn()))
          .thenApply(response -> response.shards().stream().anyMatch(shard -> shard.shardId().equals(shardId)
              && ShardDiscovery.closed(shard)));
    }
    return false;
  }

  private void subscribe(StartingPosition position) {
    String arn;
    try {
      arn = consumerArn.join();
    } catch (RuntimeException e) {
      throw KinesisErrors.of(settings.client(), "find consumer '" + settings.consumerName() + "'", e);
    }
    software.amazon.awssdk.services.kinesis.model.StartingPosition.Builder start =
        software.amazon.awssdk.services.kinesis.model.StartingPosition.builder().type(position.type());
    if (position.sequenceNumber() != null) {
      start.sequenceNumber(position.sequenceNumber());
    }
    if (position.type() == software.amazon.awssdk.services.kinesis.model.ShardIteratorType.AT_TIMESTAMP) {
      start.timestamp(java.time.Instant.ofEpochMilli(position.timestampMillis()));
    }
    EventSubscriber subscriber = new EventSubscriber();
    SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
        .onEventStream(publisher -> publisher.subscribe(subscriber))
        .onError(subscriber::fail)
        .build();
    subscriber.call = client.subscribeToShard(SubscribeToShardRequest.builder().consumerARN(arn)
        .shardId(shardId).startingPosition(start.build()).build(), handler);
    current = subscriber;
  }

  private void backOff(long now, Throwable failure) {
    Throwable cause = KinesisErrors.unwrap(failure);
    boolean retriable = cause instanceof ResourceInUseException || cause instanceof LimitExceededException
        || !(cause instanceof ResourceNotFoundException) && failuresInARow < MAX_FAILURES_IN_A_ROW;
    if (!retriable) {
      throw KinesisErrors.of(settings.client(), "subscribe to shard " + shardId, cause);
    }
    failuresInARow++;
    throttledTotal++;
    nextAttemptAt = Backoff.nextAttempt(now, failuresInARow);
  }

  @Override
  public boolean ended() {
    return ended;
  }

  @Override
  public long throttledCalls() {
    return throttledTotal;
  }

  @Override
  public void cancel() {
    if (closedCheck != null) {
      closedCheck.cancel(true);
    }
    if (current != null) {
      current.cancel();
      current = null;
    }
  }

  /** One subscription: its events, taken one by one, and how it ended. */
  private static final class EventSubscriber implements Subscriber<SubscribeToShardEventStream> {
    final Queue<SubscribeToShardEvent> events = new ConcurrentLinkedQueue<>();
    volatile CompletableFuture<Void> call;
    private volatile Subscription subscription;
    private volatile Throwable failure;

    @Override
    public void onSubscribe(Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(SubscribeToShardEventStream event) {
      if (event instanceof SubscribeToShardEvent records) {
        events.add(records);
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable error) {
      fail(error);
    }

    @Override
    public void onComplete() {
    }

    void fail(Throwable error) {
      if (failure == null) {
        failure = error;
      }
    }

    void requestNext() {
      Subscription s = subscription;
      if (s != null) {
        s.request(1);
      }
    }

    Throwable failure() {
      if (failure != null) {
        return failure;
      }
      return call.isCompletedExceptionally() ? call.handle((ok, error) -> error).join() : null;
    }

    void cancel() {
      Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      call.cancel(true);
    }
  }
}
