package io.eddy.connectors.kafka;

import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the key and value of a Kafka record into the projected physical columns of rows (their
 * first fields), with each row's kind. Columns the value holds come from the value; key columns the
 * value does not hold ({@code 'value.fields-include' = 'EXCEPT_KEY'}) come from the key. A changelog
 * value format (debezium-json) may turn one record into two rows (an update's before and after). A
 * record without a value (a tombstone) is skipped, or, in upsert mode, is a {@code -D} of its key: the
 * key columns from the key, the others NULL. Not thread-safe: one per reader.
 */
final class KafkaRowDecoder {

  private final RecordDecoder valueDecoder;
  private final RecordDecoder keyDecoder;
  private final RecordDecoder tombstoneDecoder;
  private final Row[] valueRows;
  private final Row keyRow;
  private final Row tombstoneRow;
  private final int[] fromValue;
  private final int[] fromKey;
  private final int[] tombstoneTargets;

  KafkaRowDecoder(KafkaRecordFormat format, ProjectedSchema schema) {
    this(format, schema, false);
  }

  /**
   * @param upsert whether a record without value deletes the row of its key (upsert-kafka)
   */
  KafkaRowDecoder(KafkaRecordFormat format, ProjectedSchema schema, boolean upsert) {
    RowSchema physical = schema.physicalSchema();
    List<Integer> valueProjection = new ArrayList<>();
    List<Integer> keyProjection = new ArrayList<>();
    List<Integer> valueTargets = new ArrayList<>();
    List<Integer> keyTargets = new ArrayList<>();
    List<Integer> allKeyProjection = new ArrayList<>();
    List<Integer> allKeyTargets = new ArrayList<>();
    List<Integer> projection = schema.projection();
    for (int i = 0; i < projection.size(); i++) {
      int column = projection.get(i);
      int inValue = format.valueFields().indexOf(column);
      int inKey = format.keyFields().indexOf(column);
      if (inValue >= 0) {
        valueProjection.add(inValue);
        valueTargets.add(i);
      } else {
        keyProjection.add(inKey);
        keyTargets.add(i);
      }
      if (inKey >= 0) {
        allKeyProjection.add(inKey);
        allKeyTargets.add(i);
      }
    }
    ProjectedSchema valueSchema = new ProjectedSchema(
        KafkaRecordFormat.schemaOf(physical, format.valueFields()), valueProjection);
    this.valueDecoder = format.valueFormat().createDecoder(valueSchema, format.valueOptions());
    this.valueRows = new Row[] {new Row(valueSchema.producedSchema()), new Row(valueSchema.producedSchema())};
    this.fromValue = valueTargets.stream().mapToInt(Integer::intValue).toArray();
    this.keyDecoder = keyProjection.isEmpty() ? null : keyDecoder(format, physical, keyProjection);
    this.keyRow = keyDecoder == null ? null : new Row(keyDecoderSchema(format, physical, keyProjection));
    this.fromKey = keyTargets.stream().mapToInt(Integer::intValue).toArray();
    this.tombstoneDecoder = upsert && !allKeyProjection.isEmpty()
        ? keyDecoder(format, physical, allKeyProjection) : null;
    this.tombstoneRow = tombstoneDecoder == null ? null
        : new Row(keyDecoderSchema(format, physical, allKeyProjection));
    this.tombstoneTargets = upsert ? allKeyTargets.stream().mapToInt(Integer::intValue).toArray() : null;
  }

  private static RecordDecoder keyDecoder(KafkaRecordFormat format, RowSchema physical, List<Integer> projection) {
    return format.keyFormat().createDecoder(new ProjectedSchema(format.keySchema(physical), projection),
        format.keyOptions());
  }

  private static RowSchema keyDecoderSchema(KafkaRecordFormat format, RowSchema physical, List<Integer> projection) {
    return new ProjectedSchema(format.keySchema(physical), projection).producedSchema();
  }

  /**
   * Decodes into the first fields of {@code first} (and of {@code second} for an update of a
   * changelog format), setting their kinds.
   *
   * @return how many rows hold the record: 0 when it is skipped (a tombstone outside upsert mode, or
   *         malformed with parse errors ignored), else 1 or 2
   * @throws io.eddy.connectors.format.FormatException when it is malformed
   */
  int decode(byte[] key, byte[] value, Row first, Row second) {
    if (value == null) {
      return tombstoneTargets != null && decodeTombstone(key, first) ? 1 : 0;
    }
    int count = valueDecoder.decodeChanges(value, valueRows[0], valueRows[1]);
    if (count == 0) {
      return 0;
    }
    if (keyDecoder != null && key != null && !keyDecoder.decode(key, keyRow)) {
      return 0;
    }
    assemble(key, valueRows[0], first);
    if (count == 2) {
      assemble(key, valueRows[1], second);
    }
    return count;
  }

  private void assemble(byte[] key, Row valueRow, Row row) {
    for (int i = 0; i < fromKey.length; i++) {
      if (key == null) {
        row.setNullAt(fromKey[i]);
      } else {
        row.setFieldFrom(fromKey[i], keyRow, i);
      }
    }
    for (int i = 0; i < fromValue.length; i++) {
      row.setFieldFrom(fromValue[i], valueRow, i);
    }
    row.setKind(valueRow.getKind());
  }

  /** A tombstone in upsert mode: {@code -D} of its key, other columns NULL; skipped without a key. */
  private boolean decodeTombstone(byte[] key, Row row) {
    if (key == null || (tombstoneDecoder != null && !tombstoneDecoder.decode(key, tombstoneRow))) {
      return false;
    }
    int produced = fromValue.length + fromKey.length;
    for (int i = 0; i < produced; i++) {
      row.setNullAt(i);
    }
    for (int i = 0; i < tombstoneTargets.length; i++) {
      row.setFieldFrom(tombstoneTargets[i], tombstoneRow, i);
    }
    row.setKind(RowKind.DELETE);
    return true;
  }

  /** Malformed records skipped so far because the formats ignore parse errors. */
  long skippedRecords() {
    return valueDecoder.skippedRecords() + (keyDecoder == null ? 0 : keyDecoder.skippedRecords());
  }
}
