package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.TypeSerializer;

/**
 * A pre-committed Kafka transaction: what an exactly-once writer hands over at a checkpoint and what
 * the checkpoint keeps, so that the transaction is committed once the checkpoint completes, also by
 * another process after a restore.
 *
 * @param transactionalId the transactional id ({@code <prefix>-<subtask>-<n>})
 * @param producerId the producer id the transaction runs under
 * @param epoch the producer epoch the transaction runs under
 * @param producer the live producer holding the transaction in this process; null after a restore
 *     (never serialized), in which case the committer resumes the transaction from id and epoch
 */
record KafkaCommittable(String transactionalId, long producerId, short epoch, TransactionalProducer producer) {

  /** Writes the transactional id, producer id and epoch. */
  static final TypeSerializer<KafkaCommittable> SERIALIZER = new TypeSerializer<>() {
    @Override
    public void serialize(KafkaCommittable value, BinaryOutput output) {
      output.writeString(value.transactionalId());
      output.writeVarLong(value.producerId());
      output.writeVarLong(value.epoch());
    }

    @Override
    public KafkaCommittable deserialize(BinaryInput input) {
      return new KafkaCommittable(input.readString(), input.readVarLong(), (short) input.readVarLong(), null);
    }
  };

  public KafkaCommittable {
    requireNonNull(transactionalId, "transactionalId is null");
    if (producerId < 0 || epoch < 0) {
      throw new IllegalArgumentException("transaction " + transactionalId + " has no producer id and epoch: "
          + producerId + ", " + epoch);
    }
  }

  /** The same transaction without its live producer, as a restore sees it. */
  KafkaCommittable withoutProducer() {
    return new KafkaCommittable(transactionalId, producerId, epoch, null);
  }

  @Override
  public String toString() {
    return "KafkaCommittable[" + transactionalId + ", producer id " + producerId + ", epoch " + epoch + "]";
  }
}
