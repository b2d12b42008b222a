package io.eddy.planner.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowTransform;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated field projections (the row conversions of plain projections and column reorders). */
class GeneratedProjectionTest {

  private static final RowSchema INPUT = TypeFamilyRows.SCHEMA;

  private final JaninoCodeGenerator generator = new JaninoCodeGenerator();

  @Test
  void picksEveryTypeFamilyAndNullAndKeepsTheRowKind() {
    int[] fields = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5};
    RowSchema output = INPUT.project(fields);
    RowTransform projection = generator.fieldProjection("Fields", INPUT, fields, output)
        .newInstance();
    Random random = new Random(13);
    for (int n = 0; n < 200; n++) {
      Row row = TypeFamilyRows.random(random, 4);
      row.setKind(n % 2 == 0 ? RowKind.UPDATE_BEFORE : RowKind.DELETE);
      Row expected = new Row(row.getKind(), output);
      for (int i = 0; i < fields.length; i++) {
        expected.setField(i, row.getField(fields[i]));
      }
      assertThat(projection.apply(row)).isEqualTo(expected);
    }
  }

  @Test
  void aReusedOutputRowForgetsTheNanosOfAnEarlierTimestamp() {
    RowSchema output = INPUT.project(5);
    RowTransform projection = generator.fieldProjection("Fields", INPUT, new int[] {5}, output)
        .newInstance();
    Random random = new Random(17);
    Row withNanos = TypeFamilyRows.random(random, 4);
    withNanos.setTimestamp(5, 1_000L, 7);
    assertThat(projection.apply(withNanos).getTimestampNanosOfMilli(0)).isEqualTo(7);
    withNanos.setTimestamp(5, 2_000L);
    Row second = projection.apply(withNanos);
    assertThat(second.getTimestampMillis(0)).isEqualTo(2_000L);
    assertThat(second.getTimestampNanosOfMilli(0)).isZero();
  }

  @Test
  void badProjectionsAreRefused() {
    assertThatThrownBy(() -> generator.fieldProjection("Fields", INPUT, new int[] {0},
        INPUT.project(0, 1))).hasMessageStartingWith("Projection of 1 fields into");
    assertThatThrownBy(() -> generator.fieldProjection("Fields", INPUT, new int[] {12},
        INPUT.project(0))).hasMessageStartingWith("input field 12 is not in");
  }
}
