/**
 * The {@code kafka} connector: Kafka topics as tables, with Flink's option keys.
 *
 * <p>Source: {@link io.eddy.connectors.kafka.KafkaSource}. Each topic-partition is a split carrying the
 * offset of its next record and, for bounded reads, the offset to stop before; both are resolved once
 * by the enumerator (startup and bounded modes), so a restored split resumes exactly where it was
 * snapshotted. Readers own a consumer with {@code assign()}: no group membership, no rebalancing and,
 * for now, no offset commits back to {@code properties.group.id}.
 *
 * <p>Sink: {@link io.eddy.connectors.kafka.KafkaSink}, one producer per writer; at-least-once flushes at
 * every checkpoint. Exactly-once is {@link io.eddy.connectors.kafka.TransactionalKafkaSink}, which wraps a
 * {@code KafkaSink}: each writer runs one transaction per checkpoint, each under its own transactional id
 * {@code <prefix>-<subtask>-<n>} (never reused; a run starts above every number of its subtask the
 * brokers list) and producer; {@code prepareCommit} flushes and returns the id with the producer id and
 * epoch as the committable (checkpointed through a committable serializer); the committer commits it
 * after the checkpoint completes, through the live producer when it is in this process, otherwise by
 * resuming the transaction from id, producer id and epoch ({@link io.eddy.connectors.kafka.ProducerInternals},
 * as Flink does: kafka-clients 4.4.0 has no public API for it yet, KIP-939's would replace it). A restored
 * committable whose id the coordinator reports committed was committed by the crashed run; one it reports
 * aborted fails the job. When the first checkpoint of a run completes, writers abort the open transactions
 * of earlier runs of their prefix (fencing with {@code initTransactions}). Consumers of such topics read with
 * {@code isolation.level = read_committed}; bounded reads already stop on control records, because a split
 * ends when the consumer's position reaches its stopping offset.
 *
 * <p>Upsert mode ({@link io.eddy.connectors.kafka.KafkaUpsertTables}, used by {@code upsert-kafka}): the
 * key holds the primary key; a record without value is read as a {@code -D} of its key; the sink writes a
 * {@code -D} as a tombstone and drops {@code -U}. Records a source cannot decode go to
 * {@code dead-letter.topic} when it is set ({@link io.eddy.connectors.kafka.KafkaDeadLetters}).
 */
package io.eddy.connectors.kafka;
