package io.eddy.connectors.kinesis;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Writes records (data and partition key) to one stream with PutRecords, for the sink and for
 * dead letters. Records are buffered and sent in batches within Kinesis' limits (at most
 * {@code sink.batch.max-size} and 500 records, 5 MiB) when a batch is full,
 * {@code sink.flush-buffer.size} bytes are buffered or the oldest record waited
 * {@code sink.flush-buffer.timeout}; at most {@code sink.requests.max-inflight} calls are in flight.
 * Records a call rejects for throughput or an internal failure go back to the front of the buffer
 * and are sent again after a back-off (unless {@code sink.fail-on-error}); other rejections fail
 * with the reason. When {@code sink.requests.max-buffered} records are buffered or in flight,
 * {@link #add} waits (backpressure). {@link #flush} waits until everything is written. Used from
 * one thread; owns its client.
 */
final class PutRecordsWriter implements AutoCloseable {

  /** The most bytes of data and partition key one record may hold. */
  static final int MAX_RECORD_BYTES = 1024 * 1024;
  static final long MAX_BATCH_BYTES = 5L * 1024 * 1024;
  static final int MAX_BATCH_RECORDS = 500;
  private static final Set<String> RETRIABLE = Set.of("ProvisionedThroughputExceededException",
      "InternalFailure", "InternalFailureException");
  private static final long BASE_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** Calls in a row that may fail on the way to Kinesis (about a minute of back-off) before the job fails. */
  static final int MAX_TRANSIENT_FAILURES = 30;

  private record Pending(PutRecordsRequestEntry entry, long bytes) {}

  private record InFlight(List<Pending> records, CompletableFuture<PutRecordsResponse> response) {}

  private final KinesisSinkSettings settings;
  private final Clock clock;
  private final KinesisAsyncClient client;
  private final ArrayDeque<Pending> buffer = new ArrayDeque<>();
  private final List<InFlight> inFlight = new ArrayList<>();
  private long bufferedBytes;
  private boolean answeredBefore;
  private long oldestBufferedAt;
  private int inFlightRecords;
  private long sendNotBeforeNanos;
  private int throttledInARow;
  private long retriedRecords;

  /** A writer to {@code settings.client()}'s stream, with a client of its own. */
  PutRecordsWriter(KinesisSinkSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client = settings.client().createClient();
  }

  /** The bytes a record of this data and partition key counts against Kinesis' limits. */
  static long recordBytes(byte[] data, String partitionKey) {
    return data.length + (long) partitionKey.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Buffers one record, sends the batches that are due and waits while too many records are pending.
   * The caller checks that the record is within {@link #MAX_RECORD_BYTES}.
   */
  void add(byte[] data, String partitionKey) throws InterruptedException {
    if (buffer.isEmpty()) {
      oldestBufferedAt = clock.currentTimeMillis();
    }
    long bytes = recordBytes(data, partitionKey);
    buffer.addLast(new Pending(PutRecordsRequestEntry.builder().data(SdkBytes.fromByteArrayUnsafe(data))
        .partitionKey(partitionKey).build(), bytes));
    bufferedBytes += bytes;
    collectCompleted();
    send(false);
    while (buffer.size() + inFlightRecords >= settings.maxBuffered()) {
      waitForProgress();
      collectCompleted();
      send(true);
    }
  }

  /** Takes the answers that arrived and sends the batches that are due; never blocks. */
  void progress() {
    collectCompleted();
    send(false);
  }

  /** Waits until every record added so far is written. */
  void flush() throws InterruptedException {
    while (true) {
      collectCompleted();
      send(true);
      if (buffer.isEmpty() && inFlight.isEmpty()) {
        return;
      }
      waitForProgress();
    }
  }

  /** Sends batches while one is due (or {@code all}), calls may start and no back-off holds them. */
  private void send(boolean all) {
    while (!buffer.isEmpty() && inFlight.size() < settings.maxInFlight()
        && System.nanoTime() >= sendNotBeforeNanos && (all || batchDue())) {
      List<Pending> batch = new ArrayList<>();
      long batchBytes = 0;
      int limit = Math.min(settings.batchMaxSize(), MAX_BATCH_RECORDS);
      while (!buffer.isEmpty() && batch.size() < limit
          && batchBytes + buffer.peekFirst().bytes() <= MAX_BATCH_BYTES) {
        Pending next = buffer.pollFirst();
        batch.add(next);
        batchBytes += next.bytes();
      }
      bufferedBytes -= batchBytes;
      if (!buffer.isEmpty()) {
        oldestBufferedAt = clock.currentTimeMillis();
      }
      StreamReference stream = settings.client().stream();
      CompletableFuture<PutRecordsResponse> response = client.putRecords(PutRecordsRequest.builder()
          .streamName(stream.name()).streamARN(stream.arn())
          .records(batch.stream().map(Pending::entry).toList()).build());
      inFlight.add(new InFlight(batch, response));
      inFlightRecords += batch.size();
    }
  }

  private boolean batchDue() {
    return buffer.size() >= settings.batchMaxSize() || bufferedBytes >= settings.flushBufferBytes()
        || clock.currentTimeMillis() - oldestBufferedAt >= settings.flushTimeout().toMillis();
  }

  private void collectCompleted() {
    Iterator<InFlight> calls = inFlight.iterator();
    while (calls.hasNext()) {
      InFlight call = calls.next();
      if (!call.response().isDone()) {
        continue;
      }
      calls.remove();
      inFlightRecords -= call.records().size();
      PutRecordsResponse response;
      try {
        response = call.response().join();
      } catch (CompletionException e) {
        Throwable cause = KinesisErrors.unwrap(e);
        if (!settings.failOnError() && (cause instanceof ProvisionedThroughputExceededException
            || cause instanceof LimitExceededException)) {
          retry(call.records());
          continue;
        }
        if (!settings.failOnError() && answeredBefore && KinesisErrors.transientClientFailure(cause)
            && throttledInARow < MAX_TRANSIENT_FAILURES) {
          // The call never got an answer (no connection to acquire, a reset, a timeout) although Kinesis
          // answered this writer before: it or the network is slow or away for a moment, so the records
          // wait and go again. A writer that never reached Kinesis fails at once: its options are wrong.
          retry(call.records());
          continue;
        }
        throw KinesisErrors.of(settings.client(), "write records", cause);
      }
      answeredBefore = true;
      if (response.failedRecordCount() == null || response.failedRecordCount() == 0) {
        throttledInARow = 0;
        continue;
      }
      List<Pending> again = new ArrayList<>();
      List<PutRecordsResultEntry> results = response.records();
      for (int i = 0; i < results.size(); i++) {
        PutRecordsResultEntry result = results.get(i);
        if (result.errorCode() == null) {
          continue;
        }
        if (settings.failOnError() || !RETRIABLE.contains(result.errorCode())) {
          throw new ConnectorException("Kinesis rejected a record of table " + settings.client().tableName()
              + " written to " + settings.client().location() + ": " + result.errorCode() + ": "
              + KinesisErrors.firstLine(result.errorMessage())
              + (settings.failOnError() ? ". Hint: set 'sink.fail-on-error' = 'false' to retry such records" : ""));
        }
        again.add(call.records().get(i));
      }
      retry(again);
    }
  }

  /** Puts records back at the front of the buffer, in their order, and backs off. */
  private void retry(List<Pending> records) {
    for (int i = records.size() - 1; i >= 0; i--) {
      buffer.addFirst(records.get(i));
      bufferedBytes += records.get(i).bytes();
    }
    retriedRecords += records.size();
    throttledInARow++;
    long backoff = Math.min(MAX_BACKOFF_NANOS, BASE_BACKOFF_NANOS << Math.min(throttledInARow - 1, 10));
    sendNotBeforeNanos = System.nanoTime() + backoff;
  }

  /** Blocks until a call completes, or the back-off ends when nothing is in flight. */
  private void waitForProgress() throws InterruptedException {
    if (inFlight.isEmpty()) {
      long wait = sendNotBeforeNanos - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      return;
    }
    try {
      CompletableFuture.anyOf(inFlight.stream().map(InFlight::response).toArray(CompletableFuture[]::new))
          .get(100, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // the failure is handled by collectCompleted; a timeout just checks again
    }
  }

  /** Records sent again after Kinesis rejected them, so far. */
  long retriedRecords() {
    return retriedRecords;
  }

  @Override
  public void close() {
    inFlight.forEach(call -> call.response().cancel(true));
    client.close();
  }
}
