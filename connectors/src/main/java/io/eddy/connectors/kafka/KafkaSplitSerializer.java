package io.eddy.connectors.kafka;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.SplitSerializer;

/** Version 1: the topic, then varints of the partition and the next offset, then the stopping offset. */
final class KafkaSplitSerializer implements SplitSerializer<KafkaPartitionSplit> {

  static final KafkaSplitSerializer INSTANCE = new KafkaSplitSerializer();

  private static final int VERSION = 1;

  @Override
  public int version() {
    return VERSION;
  }

  @Override
  public byte[] serialize(KafkaPartitionSplit split) {
    BinaryOutput output = new BinaryOutput(split.topic().length() + 24);
    output.writeString(split.topic());
    output.writeUnsignedVarInt(split.partition());
    output.writeVarLong(split.nextOffset());
    output.writeLong(split.stoppingOffset());
    return output.toByteArray();
  }

  @Override
  public KafkaPartitionSplit deserialize(int version, byte[] bytes) {
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown Kafka split version " + version
          + ", this build reads version " + VERSION);
    }
    BinaryInput input = new BinaryInput(bytes);
    return new KafkaPartitionSplit(input.readString(), input.readUnsignedVarInt(), input.readVarLong(),
        input.readLong());
  }
}
