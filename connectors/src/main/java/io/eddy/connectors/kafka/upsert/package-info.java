/**
 * The {@code upsert-kafka} connector: a compacted Kafka topic as a changelog table keyed by its
 * primary key. It composes the {@code kafka} connector's source and sink in upsert mode (see
 * {@link io.eddy.connectors.kafka.KafkaUpsertTables}); the planner puts a ChangelogNormalize after
 * its source (the source says {@link io.eddy.connectors.spi.SourceChangelogMode#UPSERT}) and feeds
 * its sink updates and deletes.
 */
package io.eddy.connectors.kafka.upsert;
