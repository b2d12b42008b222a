package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Fetches the records of one shard without blocking: polling ({@link ShardPoller}, GetRecords) or
 * pushed by enhanced fan-out ({@link ShardSubscription}, SubscribeToShard). Driven by the reader's
 * thread only; at most one batch is handed over per {@link #poll}, and the next one is only fetched
 * after that (so a slow reader slows the fetching, never fills memory).
 */
interface ShardFetcher {

  /** Records of a shard in order and how far behind the shard's tip they are. */
  record Batch(List<Record> records, long millisBehindLatest) {
    public Batch {
      records = List.copyOf(requireNonNull(records, "records is null"));
    }
  }

  /**
   * The batch that arrived since the last poll, or null; starts the next fetch when it is due.
   *
   * @param now the current time in milliseconds
   * @param position where to (re)start reading when the fetcher has to, after the last record handed over
   * @throws io.eddy.connectors.spi.ConnectorException when fetching failed for good
   */
  Batch poll(long now, StartingPosition position);

  /** Whether the shard was read to its end (it was closed by resharding and nothing is left). */
  boolean ended();

  /** How often fetching was throttled so far. */
  long throttledCalls();

  /** Stops fetching. */
  void cancel();
}
