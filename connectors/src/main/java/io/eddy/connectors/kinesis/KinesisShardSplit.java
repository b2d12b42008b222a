package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.source.SourceSplit;
import java.util.List;

/**
 * One shard of a stream with where reading resumes. A shard made by resharding names its parents:
 * it is read only once they are finished, so records of a key stay in order. A finished split is a
 * marker a reader keeps in its state so that, after a restore, children know the parent is done.
 *
 * @param stream the stream
 * @param shardId the shard
 * @param position where reading resumes
 * @param parentShardIds shards that must be finished before this one is read
 * @param finished whether the shard was read to its end
 */
public record KinesisShardSplit(String stream, String shardId, StartingPosition position,
                                List<String> parentShardIds, boolean finished) implements SourceSplit {

  public KinesisShardSplit {
    requireNonNull(stream, "stream is null");
    requireNonNull(shardId, "shardId is null");
    requireNonNull(position, "position is null");
    parentShardIds = List.copyOf(parentShardIds);
  }

  @Override
  public String splitId() {
    return shardId;
  }

  /** This split after the record with {@code sequenceNumber}. */
  KinesisShardSplit after(String sequenceNumber) {
    return new KinesisShardSplit(stream, shardId, StartingPosition.afterSequenceNumber(sequenceNumber),
        parentShardIds, false);
  }

  /** The marker of this split read to its end. */
  KinesisShardSplit asFinished() {
    return new KinesisShardSplit(stream, shardId, position, List.of(), true);
  }

  @Override
  public String toString() {
    return stream + "/" + shardId + (finished ? " (finished)" : " " + position)
        + (parentShardIds.isEmpty() ? "" : " after " + parentShardIds);
  }
}
