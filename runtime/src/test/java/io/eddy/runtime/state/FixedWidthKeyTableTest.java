package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedWidthKeyTableTest {

    private static final RowSchema PAIRS = RowSchema.of("bidder", FieldType.BIGINT, "auction", FieldType.BIGINT);

    @Test
    void picksInlineKeysForFewFixedWidthFieldsOnly() {
        assertThat(StateTable.forKeys(RowSchema.of("id", FieldType.BIGINT))).isInstanceOf(FixedWidthKeyTable.class);
        assertThat(StateTable.forKeys(PAIRS)).isInstanceOf(FixedWidthKeyTable.class);
        assertThat(StateTable.forKeys(RowSchema.of("name", FieldType.STRING))).isInstanceOf(RowKeyTable.class);
        assertThat(StateTable.forKeys(RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING)))
                .isInstanceOf(RowKeyTable.class);
        assertThat(StateTable.forKeys(RowSchema.of())).as("the one key of a global aggregate").isInstanceOf(RowKeyTable.class);
    }

    @Test
    void findsKeysByValueNotByRowAndCopiesThem() {
        StateTable table = StateTable.forKeys(PAIRS);
        Row key = Row.withValues(RowKind.INSERT, PAIRS, 1L, 2L);
        table.put(key, "a");
        key.setLong(1, 3L);
        table.put(key, "b");
        assertThat(table.keepsKeyRows()).isFalse();
        assertThat(table.get(Row.of(1L, 2L))).isEqualTo("a");
        assertThat(table.get(Row.of(1L, 3L))).isEqualTo("b");
        assertThat(table.get(Row.of(2L, 1L))).isNull();
        assertThat(table.keys()).containsExactlyInAnyOrder(Row.of(1L, 2L), Row.of(1L, 3L));
    }

    @Test
    void keepsNullFieldsAndNanosecondsBesideTheInlineKeys() {
        RowSchema schema = RowSchema.of("id", FieldType.BIGINT, "at", FieldType.timestamp(9));
        StateTable table = StateTable.forKeys(schema);
        Row withNull = Row.withValues(RowKind.INSERT, schema, null, 0L);
        withNull.setTimestamp(1, 0L);
        Row zero = new Row(schema);
        zero.setLong(0, 0L);
        zero.setTimestamp(1, 0L);
        Row withNanos = new Row(schema);
        withNanos.setLong(0, 0L);
        withNanos.setTimestamp(1, 0L, 5);
        table.put(withNull, "null id");
        table.put(zero, "zero");
        table.put(withNanos, "nanos");
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.get(withNull.copy())).isEqualTo("null id");
        assertThat(table.get(zero.copy())).isEqualTo("zero");
        assertThat(table.get(withNanos.copy())).isEqualTo("nanos");
        assertThat(table.keys()).containsExactlyInAnyOrder(withNull, zero, withNanos);
        table.remove(withNull);
        table.remove(zero);
        assertThat(table.keys()).containsExactly(withNanos);
    }

    @Test
    void keysOfEveryFixedWidthKindComeBackEqual() {
        RowSchema schema = RowSchema.of("price", FieldType.DOUBLE, "day", FieldType.DATE, "flag", FieldType.BOOLEAN, "small", FieldType.INT);
        Row key = new Row(schema);
        key.setDouble(0, -0.0);
        key.setInt(1, -3);
        key.setBoolean(2, true);
        key.setInt(3, Integer.MIN_VALUE);
        StateTable table = StateTable.forKeys(schema);
        table.put(key, "v");
        Row back = table.keys().get(0);
        assertThat(back).isEqualTo(key);
        assertThat(back.hashCode()).as("the same key group").isEqualTo(key.hashCode());
        table.forEach((row, value) -> assertThat(row).isEqualTo(key));
    }

    @Test
    void behavesAsAHashMapThroughGrowthRemovalsAndPurges() {
        StateTable table = StateTable.forKeys(PAIRS);
        Map<Row, Long> expected = new HashMap<>();
        Random random = new Random(11);
        for (int step = 0; step < 200_000; step++) {
            // few distinct first fields and clustered second ones: long probe runs, then removals in them
            Row key = Row.of((long) random.nextInt(4), (long) random.nextInt(3_000));
            int action = random.nextInt(10);
            if (action < 3) {
                table.remove(key);
                expected.remove(key);
            } else if (action < 9) {
                table.put(key, (long) step);
                expected.put(key, (long) step);
            } else {
                assertThat(table.get(key)).isEqualTo(expected.get(key));
            }
            if (step % 50_000 == 49_999) {
                table.removeIf(value -> (Long) value % 3 == 0);
                expected.values().removeIf(value -> value % 3 == 0);
            }
        }
        assertThat(table.size()).isEqualTo(expected.size());
        Map<Row, Object> walked = new HashMap<>();
        table.forEach(walked::put);
        assertThat(walked).isEqualTo(expected);
        for (Map.Entry<Row, Long> entry : expected.entrySet()) {
            assertThat(table.get(entry.getKey())).isEqualTo(entry.getValue());
        }
        for (Row key : table.keys()) {
            table.remove(key);
        }
        assertThat(table.isEmpty()).isTrue();
        assertThat(table.get(Row.of(1L, 1L))).isNull();
    }
}
