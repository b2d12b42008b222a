package io.eddy.planner.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.RowComparator;
import io.eddy.runtime.operators.rank.SortField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated comparators order rows exactly as the hand-written {@link RowComparator}. */
class GeneratedComparatorTest {

  private static final RowSchema SCHEMA = TypeFamilyRows.SCHEMA;

  private final JaninoCodeGenerator generator = new JaninoCodeGenerator();

  @Test
  void everyTypeInBothDirectionsWithBothNullPlacements() {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int n = 0; n < 120; n++) {
      rows.add(randomRow(random));
    }
    for (int field = 0; field < SCHEMA.arity(); field++) {
      for (boolean ascending : new boolean[] {true, false}) {
        for (boolean nullsFirst : new boolean[] {true, false}) {
          List<SortField> order = List.of(new SortField(field, ascending, nullsFirst),
              new SortField((field + 1) % SCHEMA.arity(), !ascending, !nullsFirst));
          assertSameOrder(order, rows);
        }
      }
    }
  }

  @Test
  void aLongOrderOverEveryField() {
    Random random = new Random(5);
    List<Row> rows = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      rows.add(randomRow(random));
    }
    List<SortField> order = new ArrayList<>();
    for (int field : new int[] {6, 0, 8, 4, 5, 3, 2, 9, 7, 1}) {
      order.add(field % 2 == 0 ? SortField.ascending(field) : SortField.descending(field));
    }
    assertSameOrder(order, rows);
  }

  @Test
  void unsortableFieldsAreRefused() {
    RowSchema nested = RowSchema.of("a", FieldType.array(FieldType.INT));
    assertThatThrownBy(() -> generator.comparator("Sort", nested,
        List.of(SortField.ascending(0)))).hasMessage("cannot sort by a ARRAY");
    assertThatThrownBy(() -> generator.comparator("Sort", SCHEMA,
        List.of(SortField.ascending(10)))).hasMessageStartingWith("sort field");
  }

  private void assertSameOrder(List<SortField> order, List<Row> rows) {
    Comparator<Row> generated = generator.comparator("Sort", SCHEMA, order).newInstance();
    RowComparator handWritten = new RowComparator(SCHEMA, order);
    for (Row left : rows) {
      for (int n = 0; n < 20; n++) {
        Row right = rows.get(Math.floorMod(left.hashCode() + n * 7, rows.size()));
        assertThat(Integer.signum(generated.compare(left, right)))
            .as("%s vs %s by %s", left, right, order)
            .isEqualTo(Integer.signum(handWritten.compare(left, right)));
      }
      assertThat(generated.compare(left, left)).isZero();
    }
  }

  private static Row randomRow(Random random) {
    return TypeFamilyRows.random(random, 3);
  }
}
