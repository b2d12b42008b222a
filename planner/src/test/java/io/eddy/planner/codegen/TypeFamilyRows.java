package io.eddy.planner.codegen;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Random rows with one field of each type family (INT, BIGINT, DOUBLE, DECIMAL, STRING,
 * TIMESTAMP(9) with nanoseconds, BOOLEAN, BYTES, DATE, FLOAT), a fifth of them null, over few
 * distinct values so that ties and equal keys are common.
 */
final class TypeFamilyRows {

  static final RowSchema SCHEMA = RowSchema.of(
      "i", FieldType.INT, "b", FieldType.BIGINT, "d", FieldType.DOUBLE,
      "m", FieldType.decimal(10, 2), "s", FieldType.STRING, "t", FieldType.timestamp(9),
      "z", FieldType.BOOLEAN, "y", FieldType.BYTES, "day", FieldType.DATE, "f", FieldType.FLOAT);

  private TypeFamilyRows() {
  }

  /** A row whose fields take about {@code spread} distinct values each. */
  static Row random(Random random, int spread) {
    Object[] values = {
        random.nextInt(spread) - spread / 2, (long) random.nextInt(spread * 100) - spread * 50,
        random.nextInt(spread * 4) / 4.0 - spread, BigDecimal.valueOf(random.nextInt(spread * 50), 2),
        "s" + random.nextInt(spread),
        LocalDateTime.of(2024, 1, 1, 0, 0, random.nextInt(spread),
            random.nextInt(2) * 1_000_000 + random.nextInt(2)),
        random.nextBoolean(), new byte[] {(byte) (random.nextInt(spread) * 100), (byte) 0x80},
        LocalDate.of(2024, 1, 1 + random.nextInt(spread)), random.nextInt(spread * 2) / 2.0f};
    for (int i = 0; i < values.length; i++) {
      if (random.nextInt(5) == 0) {
        values[i] = null;
      }
    }
    return Row.withValues(RowKind.INSERT, SCHEMA, values);
  }
}
