/**
 * The {@code kinesis} connector: Amazon Kinesis Data Streams as tables, with Flink's option keys
 * (2.x keys, 1.x keys accepted as fallbacks).
 *
 * <p>Source: {@link io.eddy.connectors.kinesis.KinesisSource}. Each shard is a split carrying where
 * reading resumes (the sequence number of the last emitted record, so a restore asks for
 * {@code AFTER_SEQUENCE_NUMBER}). The enumerator lists the shards at startup and periodically,
 * spreading them over the readers. Readers poll every shard with GetRecords on one asynchronous
 * client, never blocking the task thread; empty reads and throttling back off. With enhanced
 * fan-out ({@code source.reader.type} = EFO) each shard is a SubscribeToShard subscription instead,
 * renewed when Kinesis ends it, with the consumer registered and deregistered by the enumerator. A shard made by
 * resharding names its parents and is read only after they are finished: readers of one source
 * share which shards they finished through {@link io.eddy.connectors.kinesis.ShardLineage}, and keep
 * finished markers in their state so the knowledge survives a restore. That sharing works because a
 * job runs in one process; a distributed runtime would need reader-to-enumerator events instead.
 *
 * <p>Sink: {@link io.eddy.connectors.kinesis.KinesisSink}, PutRecords batches, at-least-once.
 *
 * <p>Not supported yet: KPL record de-aggregation, assume-role and web-identity credentials,
 * custom partitioner classes.
 */
package io.eddy.connectors.kinesis;
