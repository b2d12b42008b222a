package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.util.Properties;

/**
 * A sink writing each row as one record of a topic: the value (and the key, with {@code key.format})
 * in the table's formats. At-least-once flushes the producer at every checkpoint; none does not wait.
 *
 * @param tableName the table, for messages
 * @param topic the topic written to
 * @param clientProperties the {@code properties.*} options for the producer
 * @param format how columns map onto key and value
 * @param schema the rows written (the physical columns)
 * @param partitioner 'default', 'fixed' or 'round-robin'
 * @param flushOnCheckpoint whether checkpoints wait for every record to be acknowledged
 */
record KafkaSink(String tableName, String topic, Properties clientProperties, KafkaRecordFormat format,
                 RowSchema schema, String partitioner, boolean flushOnCheckpoint) implements Sink<Void> {

  KafkaSink {
    requireNonNull(tableName, "tableName is null");
    requireNonNull(topic, "topic is null");
    requireNonNull(clientProperties, "clientProperties is null");
    requireNonNull(format, "format is null");
    requireNonNull(schema, "schema is null");
    requireNonNull(partitioner, "partitioner is null");
  }

  @Override
  public SinkWriter<Void> createWriter(SinkContext context) {
    return new KafkaSinkWriter(this, context.subtaskIndex());
  }

  @Override
  public String toString() {
    return "KafkaSink[" + topic + ", " + format.valueFormat().identifier() + "]";
  }
}
