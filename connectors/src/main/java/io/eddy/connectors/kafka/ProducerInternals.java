package io.eddy.connectors.kafka;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Reaches into a {@link KafkaProducer}'s transaction manager for the two things two-phase commit needs
 * and kafka-clients does not offer publicly (KIP-939's prepare/complete API is not public in 4.4):
 * reading the producer id and epoch of the open transaction, and making a fresh producer continue a
 * transaction that another (crashed) producer pre-committed, so that it can commit it. Flink's Kafka
 * sink does the same. Used once per checkpoint and on restore, never per record; every failure names
 * the kafka-clients internals that changed.
 */
final class ProducerInternals {

  /** A producer id and epoch, as the transaction coordinator knows a producer. */
  record IdAndEpoch(long producerId, short epoch) {
    @Override
    public String toString() {
      return "producer id " + producerId + ", epoch " + epoch;
    }
  }

  private static final String MANAGER_CLASS = "org.apache.kafka.clients.producer.internals.TransactionManager";
  private static final String ID_AND_EPOCH_CLASS = "org.apache.kafka.common.utils.internals.ProducerIdAndEpoch";

  private ProducerInternals() {}

  /** The producer id and epoch the producer's transactions run under. */
  static IdAndEpoch idAndEpoch(KafkaProducer<?, ?> producer) {
    try {
      Object manager = field(KafkaProducer.class, "transactionManager").get(producer);
      Object value = field(manager.getClass(), "producerIdAndEpoch").get(manager);
      Class<?> type = value.getClass();
      return new IdAndEpoch(type.getField("producerId").getLong(value), type.getField("epoch").getShort(value));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw incompatible("read the producer id and epoch", e);
    }
  }

  /**
   * Makes a producer that was created with a transactional id but never initialized continue that
   * id's open transaction of {@code idAndEpoch}, so that {@code commitTransaction()} commits it.
   */
  static void resumeTransaction(KafkaProducer<?, ?> producer, IdAndEpoch idAndEpoch) {
    try {
      Object manager = field(KafkaProducer.class, "transactionManager").get(producer);
      Class<?> managerClass = Class.forName(MANAGER_CLASS);
      Class<?> stateClass = Class.forName(MANAGER_CLASS + "$State");
      Method transition = managerClass.getDeclaredMethod("transitionTo", stateClass);
      transition.setAccessible(true);
      Object idAndEpochValue = Class.forName(ID_AND_EPOCH_CLASS).getConstructor(long.class, short.class)
          .newInstance(idAndEpoch.producerId(), idAndEpoch.epoch());
      synchronized (manager) {
        Object partitions = field(managerClass, "txnPartitionMap").get(manager);
        Method reset = partitions.getClass().getDeclaredMethod("reset");
        reset.setAccessible(true);
        transition.invoke(manager, state(stateClass, "INITIALIZING"));
        reset.invoke(partitions);
        field(managerClass, "producerIdAndEpoch").set(manager, idAndEpochValue);
        transition.invoke(manager, state(stateClass, "READY"));
        transition.invoke(manager, state(stateClass, "IN_TRANSACTION"));
        field(managerClass, "transactionStarted").setBoolean(manager, true);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw incompatible("resume a transaction", e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object state(Class<?> stateClass, String name) {
    return Enum.valueOf((Class) stateClass, name);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static IllegalStateException incompatible(String what, Exception cause) {
    Throwable reason = cause.getCause() != null ? cause.getCause() : cause;
    return new IllegalStateException("Cannot " + what + " of a Kafka producer: this kafka-clients version's "
        + "transaction manager differs from the one the exactly-once sink was built for (4.4): " + reason, cause);
  }
}
