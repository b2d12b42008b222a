package io.eddy.connectors.kinesis;

import io.eddy.runtime.data.Row;
import java.util.UUID;

/**
 * Makes the partition key of each row: the values of the {@code PARTITIONED BY} columns joined by
 * {@code sink.partitioner-field-delimiter}, else one fixed key per writer ('fixed') or a random key
 * per row ('random'). Keys are cut to Kinesis' 256 characters; an empty key becomes "null".
 */
final class PartitionKeys {

  static final int MAX_LENGTH = 256;

  private final int[] fields;
  private final String delimiter;
  private final String fixedKey;
  private final StringBuilder key = new StringBuilder();

  PartitionKeys(KinesisSinkSettings settings, int subtaskIndex) {
    this.fields = settings.partitionFields().stream().mapToInt(Integer::intValue).toArray();
    this.delimiter = settings.fieldDelimiter();
    this.fixedKey = fields.length == 0 && settings.partitioner().equals("fixed")
        ? "writer-" + subtaskIndex : null;
  }

  String of(Row row) {
    if (fixedKey != null) {
      return fixedKey;
    }
    if (fields.length == 0) {
      return UUID.randomUUID().toString();
    }
    key.setLength(0);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        key.append(delimiter);
      }
      key.append(row.isNullAt(fields[i]) ? "null" : String.valueOf(row.getField(fields[i])));
    }
    if (key.isEmpty()) {
      return "null";
    }
    return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key.toString();
  }
}
