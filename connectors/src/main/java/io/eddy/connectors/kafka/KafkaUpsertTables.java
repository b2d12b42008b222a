package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kafka source and sink in upsert mode, for {@code upsert-kafka}: the record key holds the
 * table's primary key columns (in the key format), the source reads every topic from its earliest
 * offset and turns a record without value into a {@code -D} of its key, and the sink writes
 * {@code +I}/{@code +U} as key and value, a {@code -D} as a tombstone and drops {@code -U}.
 */
public final class KafkaUpsertTables {

  private KafkaUpsertTables() {}

  /** The upsert source of a table with a primary key. */
  public static Source<?> source(SourceRequest request) {
    Map<String, String> options = keyedByPrimaryKey(request.tableName(), request.options(), request.primaryKey());
    options.put(KafkaOptions.SCAN_STARTUP_MODE.key(), "earliest-offset");
    KafkaScanSettings settings = KafkaScanSettings.of(request.tableName(), options);
    return new KafkaSource(settings,
        KafkaRecordFormat.of(request.tableName(), request.schema().physicalSchema(), options),
        request.schema(), request.metadataKeys(), true);
  }

  /** The upsert sink of a table with a primary key. */
  public static Sink<?> sink(SinkRequest request) {
    Map<String, String> options = keyedByPrimaryKey(request.tableName(), request.options(), request.primaryKey());
    return new KafkaConnectorFactory().createSink(new SinkRequest(request.tableName(), request.schema(), options,
        request.primaryKey(), request.partitionKeys()));
  }

  private static Map<String, String> keyedByPrimaryKey(String tableName, Map<String, String> options,
      List<String> primaryKey) {
    if (primaryKey.isEmpty()) {
      throw new ConnectorException("Table " + tableName + " of connector 'upsert-kafka' needs a PRIMARY KEY"
          + " (its columns are the record key). Hint: add PRIMARY KEY (...) NOT ENFORCED");
    }
    Map<String, String> keyed = new HashMap<>(options);
    keyed.put(KafkaOptions.KEY_FIELDS.key(), String.join(";", primaryKey));
    return keyed;
  }
}
