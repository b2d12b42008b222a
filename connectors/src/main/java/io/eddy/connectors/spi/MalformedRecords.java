package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a source reader does with a record its format cannot decode, the same for every connector:
 * without a dead-letter destination the job fails with the record's provenance; with one the record
 * goes there, raw, and the read goes on. Records the format skips itself
 * ({@code json.ignore-parse-errors}) never get here; the reader passes their count to
 * {@link #close(long)}, which logs it with the number of dead letters sent. A reader calls
 * {@link #flush()} when it snapshots its position and at the end of a bounded read, so that no
 * checkpoint covers a record whose dead letter is not written yet (at-least-once). Used from the
 * reader's thread.
 */
public final class MalformedRecords {

  private static final Logger LOG = LoggerFactory.getLogger(MalformedRecords.class);

  private final String tableName;
  private final DeadLetterQueue deadLetters;
  private final String destination;

  private MalformedRecords(String tableName, DeadLetterQueue deadLetters, String destination) {
    this.tableName = requireNonNull(tableName, "tableName is null");
    this.deadLetters = deadLetters;
    this.destination = destination;
  }

  /** Malformed records of {@code tableName} fail the job. */
  public static MalformedRecords failing(String tableName) {
    return new MalformedRecords(tableName, null, null);
  }

  /**
   * Malformed records of {@code tableName} go to {@code deadLetters}, which this closes.
   *
   * @param destination the dead-letter destination for the log, e.g. {@code dead-letter topic 'bad'}
   */
  public static MalformedRecords deadLettered(String tableName, DeadLetterQueue deadLetters,
      String destination) {
    return new MalformedRecords(tableName, requireNonNull(deadLetters, "deadLetters is null"),
        requireNonNull(destination, "destination is null"));
  }

  /**
   * Handles one record that could not be decoded: sends its dead letter, or fails.
   *
   * @param where the record's provenance, e.g. {@code topic/partition/offset bids/0/17}
   * @param reason why the format could not decode it (one line)
   * @param letter the record as a dead letter, asked for only when there is a destination
   * @throws MalformedRecordException {@code Malformed record at <where> of table <table>: <reason>},
   *     without a dead-letter destination
   */
  public void reject(String where, String reason, Supplier<DeadLetter> letter) {
    if (deadLetters == null) {
      // Not chained: the runtime reports a failure's root cause, and this one carries the provenance.
      throw new MalformedRecordException("Malformed record at " + where + " of table " + tableName + ": "
          + reason);
    }
    deadLetters.send(letter.get());
  }

  /** Lets the queue send what is due without waiting; call it on every poll. */
  public void progress() {
    if (deadLetters != null) {
      deadLetters.progress();
    }
  }

  /** Waits until every dead letter sent so far is written; fails when one cannot be. */
  public void flush() {
    if (deadLetters != null) {
      deadLetters.flush();
    }
  }

  /** Dead letters sent so far. */
  public long sent() {
    return deadLetters == null ? 0 : deadLetters.sent();
  }

  /** Logs how many records were skipped ({@code skippedByFormat}) and sent, and closes the queue. */
  public void close(long skippedByFormat) {
    if (skippedByFormat > 0) {
      LOG.warn("Skipped {} malformed records of table {}", skippedByFormat, tableName);
    }
    if (sent() > 0) {
      LOG.warn("Sent {} malformed records of table {} to its {}", sent(), tableName, destination);
    }
    if (deadLetters != null) {
      deadLetters.close();
    }
  }

  @Override
  public String toString() {
    return "MalformedRecords[" + tableName + (destination == null ? ", failing" : " to " + destination) + "]";
  }
}
