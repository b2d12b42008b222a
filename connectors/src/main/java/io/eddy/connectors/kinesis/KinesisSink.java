package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;

/**
 * A sink writing each row as one record of a stream, its data in the table's format, with
 * PutRecords batches; at-least-once: every checkpoint waits until all buffered rows are written.
 *
 * @param tableName the table, for messages
 * @param settings how to write
 * @param format the data's format
 * @param formatOptions the format's options
 * @param schema the rows written (the physical columns)
 */
record KinesisSink(String tableName, KinesisSinkSettings settings, FormatFactory format,
                   OptionValues formatOptions, RowSchema schema) implements Sink<Void> {

  KinesisSink {
    requireNonNull(tableName, "tableName is null");
    requireNonNull(settings, "settings is null");
    requireNonNull(format, "format is null");
    requireNonNull(formatOptions, "formatOptions is null");
    requireNonNull(schema, "schema is null");
  }

  @Override
  public SinkWriter<Void> createWriter(SinkContext context) {
    return new KinesisSinkWriter(settings, format.createEncoder(schema, formatOptions),
        new PartitionKeys(settings, context.subtaskIndex()), context.clock());
  }

  @Override
  public String toString() {
    return "KinesisSink[" + settings.client().stream() + ", " + format.identifier() + "]";
  }
}
