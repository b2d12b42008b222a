package io.eddy.connectors.kafka;

import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the key and value of a Kafka record into the projected physical columns of a row (its first
 * fields). Columns the value holds come from the value; key columns the value does not hold
 * ({@code 'value.fields-include' = 'EXCEPT_KEY'}) come from the key. A record without a value (a
 * tombstone) is skipped. Not thread-safe: one per reader.
 */
final class KafkaRowDecoder {

  private final RecordDecoder valueDecoder;
  private final RecordDecoder keyDecoder;
  private final Row valueRow;
  private final Row keyRow;
  private final int[] fromValue;
  private final int[] fromKey;

  KafkaRowDecoder(KafkaRecordFormat format, ProjectedSchema schema) {
    RowSchema physical = schema.physicalSchema();
    List<Integer> valueProjection = new ArrayList<>();
    List<Integer> keyProjection = new ArrayList<>();
    List<Integer> valueTargets = new ArrayList<>();
    List<Integer> keyTargets = new ArrayList<>();
    List<Integer> projection = schema.projection();
    for (int i = 0; i < projection.size(); i++) {
      int column = projection.get(i);
      int inValue = format.valueFields().indexOf(column);
      if (inValue >= 0) {
        valueProjection.add(inValue);
        valueTargets.add(i);
      } else {
        keyProjection.add(format.keyFields().indexOf(column));
        keyTargets.add(i);
      }
    }
    ProjectedSchema valueSchema = new ProjectedSchema(
        KafkaRecordFormat.schemaOf(physical, format.valueFields()), valueProjection);
    this.valueDecoder = format.valueFormat().createDecoder(valueSchema, format.valueOptions());
    this.valueRow = new Row(valueSchema.producedSchema());
    this.fromValue = valueTargets.stream().mapToInt(Integer::intValue).toArray();
    if (keyProjection.isEmpty()) {
      this.keyDecoder = null;
      this.keyRow = null;
    } else {
      ProjectedSchema keySchema = new ProjectedSchema(format.keySchema(physical), keyProjection);
      this.keyDecoder = format.keyFormat().createDecoder(keySchema, format.keyOptions());
      this.keyRow = new Row(keySchema.producedSchema());
    }
    this.fromKey = keyTargets.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Decodes into the first fields of {@code row}.
   *
   * @return false when the record is skipped (a tombstone, or malformed with parse errors ignored)
   * @throws io.eddy.connectors.format.FormatException when it is malformed
   */
  boolean decode(byte[] key, byte[] value, Row row) {
    if (value == null || !valueDecoder.decode(value, valueRow)) {
      return false;
    }
    if (keyDecoder != null) {
      if (key == null) {
        for (int target : fromKey) {
          row.setNullAt(target);
        }
      } else if (!keyDecoder.decode(key, keyRow)) {
        return false;
      } else {
        for (int i = 0; i < fromKey.length; i++) {
          row.setFieldFrom(fromKey[i], keyRow, i);
        }
      }
    }
    for (int i = 0; i < fromValue.length; i++) {
      row.setFieldFrom(fromValue[i], valueRow, i);
    }
    return true;
  }

  /** Malformed records skipped so far because the formats ignore parse errors. */
  long skippedRecords() {
    return valueDecoder.skippedRecords() + (keyDecoder == null ? 0 : keyDecoder.skippedRecords());
  }
}
