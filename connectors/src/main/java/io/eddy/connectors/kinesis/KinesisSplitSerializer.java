package io.eddy.connectors.kinesis;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.SplitSerializer;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Version 1: stream and shard id; the position as a type code (0 trim horizon, 1 latest, 2 at a
 * time, 3 after a sequence number) followed by the time or the sequence number; the parent shard
 * ids; whether the shard is finished.
 */
final class KinesisSplitSerializer implements SplitSerializer<KinesisShardSplit> {

  static final KinesisSplitSerializer INSTANCE = new KinesisSplitSerializer();

  private static final int VERSION = 1;
  private static final List<ShardIteratorType> TYPES = List.of(ShardIteratorType.TRIM_HORIZON,
      ShardIteratorType.LATEST, ShardIteratorType.AT_TIMESTAMP, ShardIteratorType.AFTER_SEQUENCE_NUMBER);

  @Override
  public int version() {
    return VERSION;
  }

  @Override
  public byte[] serialize(KinesisShardSplit split) {
    BinaryOutput output = new BinaryOutput(96);
    output.writeString(split.stream());
    output.writeString(split.shardId());
    StartingPosition position = split.position();
    output.writeUnsignedVarInt(TYPES.indexOf(position.type()));
    switch (position.type()) {
      case AT_TIMESTAMP -> output.writeVarLong(position.timestampMillis());
      case AFTER_SEQUENCE_NUMBER -> output.writeString(position.sequenceNumber());
      default -> { }
    }
    output.writeUnsignedVarInt(split.parentShardIds().size());
    split.parentShardIds().forEach(output::writeString);
    output.writeBoolean(split.finished());
    return output.toByteArray();
  }

  @Override
  public KinesisShardSplit deserialize(int version, byte[] bytes) {
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown Kinesis split version " + version
          + ", this build reads version " + VERSION);
    }
    BinaryInput input = new BinaryInput(bytes);
    String stream = input.readString();
    String shardId = input.readString();
    int code = input.readUnsignedVarInt();
    if (code >= TYPES.size()) {
      throw new IllegalArgumentException("unknown Kinesis position type " + code + " of shard " + shardId);
    }
    StartingPosition position = switch (TYPES.get(code)) {
      case AT_TIMESTAMP -> StartingPosition.atTimestamp(input.readVarLong());
      case AFTER_SEQUENCE_NUMBER -> StartingPosition.afterSequenceNumber(input.readString());
      case LATEST -> StartingPosition.LATEST;
      default -> StartingPosition.TRIM_HORIZON;
    };
    int parents = input.readUnsignedVarInt();
    List<String> parentShardIds = new ArrayList<>(parents);
    for (int i = 0; i < parents; i++) {
      parentShardIds.add(input.readString());
    }
    return new KinesisShardSplit(stream, shardId, position, parentShardIds, input.readBoolean());
  }
}
