package io.eddy.connectors.debezium;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.runtime.data.Row;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes changes as Debezium JSON the way Flink does: {@code +I} and {@code +U} as
 * {@code {"before":null,"after":{...},"op":"c"}}, {@code -U} and {@code -D} as
 * {@code {"before":{...},"after":null,"op":"d"}}; the row image is written by the JSON encoder.
 */
final class DebeziumJsonEncoder implements RecordEncoder {

  private static final byte[] INSERT_START = "{\"before\":null,\"after\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INSERT_END = ",\"op\":\"c\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DELETE_START = "{\"before\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DELETE_END = ",\"after\":null,\"op\":\"d\"}".getBytes(StandardCharsets.UTF_8);

  private final RecordEncoder image;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  DebeziumJsonEncoder(RecordEncoder image) {
    this.image = image;
  }

  @Override
  public byte[] encode(Row row) {
    boolean accumulate = row.getKind().isAccumulate();
    buffer.reset();
    buffer.writeBytes(accumulate ? INSERT_START : DELETE_START);
    buffer.writeBytes(image.encode(row));
    buffer.writeBytes(accumulate ? INSERT_END : DELETE_END);
    return buffer.toByteArray();
  }
}
