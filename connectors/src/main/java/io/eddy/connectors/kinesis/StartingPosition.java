package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Where a shard is read from: its start, its end, a time, or just after a sequence number (a
 * restored or renewed position).
 *
 * @param type the shard iterator type
 * @param sequenceNumber the last sequence number read, for {@code AFTER_SEQUENCE_NUMBER}, else null
 * @param timestampMillis the start time for {@code AT_TIMESTAMP}, else 0
 */
public record StartingPosition(ShardIteratorType type, String sequenceNumber, long timestampMillis) {

  static final StartingPosition TRIM_HORIZON = new StartingPosition(ShardIteratorType.TRIM_HORIZON, null, 0);
  static final StartingPosition LATEST = new StartingPosition(ShardIteratorType.LATEST, null, 0);

  public StartingPosition {
    requireNonNull(type, "type is null");
    if ((type == ShardIteratorType.AFTER_SEQUENCE_NUMBER) != (sequenceNumber != null)) {
      throw new IllegalArgumentException("a sequence number goes with AFTER_SEQUENCE_NUMBER only, not "
          + type + " " + sequenceNumber);
    }
    if (type == ShardIteratorType.AT_SEQUENCE_NUMBER) {
      throw new IllegalArgumentException("AT_SEQUENCE_NUMBER is not used");
    }
  }

  static StartingPosition afterSequenceNumber(String sequenceNumber) {
    return new StartingPosition(ShardIteratorType.AFTER_SEQUENCE_NUMBER,
        requireNonNull(sequenceNumber, "sequenceNumber is null"), 0);
  }

  static StartingPosition atTimestamp(long timestampMillis) {
    return new StartingPosition(ShardIteratorType.AT_TIMESTAMP, null, timestampMillis);
  }

  /** Sets this position on a GetShardIterator request. */
  GetShardIteratorRequest.Builder applyTo(GetShardIteratorRequest.Builder request) {
    request.shardIteratorType(type);
    if (sequenceNumber != null) {
      request.startingSequenceNumber(sequenceNumber);
    }
    if (type == ShardIteratorType.AT_TIMESTAMP) {
      request.timestamp(java.time.Instant.ofEpochMilli(timestampMillis));
    }
    return request;
  }

  @Override
  public String toString() {
    return switch (type) {
      case AFTER_SEQUENCE_NUMBER -> "after " + sequenceNumber;
      case AT_TIMESTAMP -> "at " + java.time.Instant.ofEpochMilli(timestampMillis);
      default -> type.toString();
    };
  }
}
