package io.eddy.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowTest {

    private static final RowSchema SCHEMA = RowSchema.of("id", FieldType.BIGINT, "price", FieldType.DOUBLE,
            "ok", FieldType.BOOLEAN, "name", FieldType.STRING, "ts", FieldType.timestamp(9), "amount", FieldType.decimal(10, 2));

    @Test
    void typedAccessorsReadWhatSettersWrote() {
        Row row = new Row(SCHEMA);
        row.setLong(0, 42);
        row.setDouble(1, 2.5);
        row.setBoolean(2, true);
        row.setString(3, "abc");
        row.setTimestamp(4, 1_000, 123_456);
        row.setDecimal(5, new BigDecimal("1.25"));
        assertThat(row.getLong(0)).isEqualTo(42);
        assertThat(row.getDouble(1)).isEqualTo(2.5);
        assertThat(row.getBoolean(2)).isTrue();
        assertThat(row.getString(3)).isEqualTo("abc");
        assertThat(row.getTimestampMillis(4)).isEqualTo(1_000);
        assertThat(row.getTimestampNanosOfMilli(4)).isEqualTo(123_456);
        assertThat(row.getDecimal(5)).isEqualByComparingTo("1.25");
        assertThat(row.getField(4)).isEqualTo(LocalDateTime.parse("1970-01-01T00:00:01.000123456"));
        assertThat(row).hasToString("+I[42, 2.5, true, abc, 1970-01-01T00:00:01.000123456, 1.25]");
    }

    @Test
    void fieldsStartNullAndCanBeNulledAgain() {
        Row row = new Row(SCHEMA);
        assertThat(row.isNullAt(0)).isTrue();
        row.setLong(0, 7);
        assertThat(row.isNullAt(0)).isFalse();
        row.setNullAt(0);
        assertThat(row.isNullAt(0)).isTrue();
        assertThat(row.getField(0)).isNull();
        assertThat(row.toString()).startsWith("+I[null,");
    }

    @Test
    void equalityAndHashAreByValueAndHashIgnoresKind() {
        Row first = Row.of(1L, "a", 2.5);
        Row second = Row.of(1L, "a", 2.5);
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(Row.of(1L, "b", 2.5));
        Row deleted = first.copy().setKind(RowKind.DELETE);
        assertThat(deleted).isNotEqualTo(first).hasSameHashCodeAs(first);
        assertThat(Row.of(0L)).isNotEqualTo(Row.of((Object) null));
    }

    @Test
    void hashIsStableAcrossRunsForKeyGroups() {
        assertThat(Row.of(1L, "a").hashCode()).isEqualTo(Row.of(1L, "a").hashCode());
        assertThat(Row.of(42L).hashCode()).isEqualTo(Row.of(42L).hashCode());
        assertThat(Row.of(new byte[] {1, 2})).isEqualTo(Row.of(new byte[] {1, 2}));
        // Pinned: key groups of existing checkpoints depend on these.
        assertThat(Row.of(42L).hashCode()).isEqualTo(1003);
        assertThat(Row.of(1L, "a").hashCode()).isEqualTo(924579);
        Row withNulls = new Row(RowSchema.ofTypes(FieldType.BIGINT, FieldType.STRING, FieldType.BIGINT));
        withNulls.setLong(2, 5);
        assertThat(withNulls.hashCode()).isEqualTo(1012899);
        assertThat(wideRow().hashCode()).isEqualTo(1345011709);
        assertThat(new Row(RowSchema.ofTypes()).hashCode()).isEqualTo(1);
    }

    /** A row of 70 BIGINT fields, every third one set. */
    private static Row wideRow() {
        RowSchema wide = RowSchema.ofTypes(IntStream.range(0, 70).mapToObj(i -> FieldType.BIGINT).toArray(FieldType[]::new));
        Row row = new Row(wide);
        for (int i = 0; i < 70; i += 3) {
            row.setLong(i, i * 31L);
        }
        return row;
    }

    @Test
    void nullsOfFieldsPastSixtyFourAreKeptAndComparedLikeTheOthers() {
        Row row = wideRow();
        assertThat(row.isNullAt(63)).isFalse();
        assertThat(row.isNullAt(64)).isTrue();
        assertThat(row.isNullAt(69)).isFalse();
        Row copy = row.copy();
        assertThat(copy).isEqualTo(row).hasSameHashCodeAs(row);
        copy.setLong(64, 0);
        assertThat(copy.isNullAt(64)).isFalse();
        assertThat(row.isNullAt(64)).isTrue();
        assertThat(copy).isNotEqualTo(row);
        copy.setNullAt(64);
        assertThat(copy).isEqualTo(row);
        copy.setNullAt(3);
        assertThat(copy.isNullAt(3)).isTrue();
        assertThat(copy).isNotEqualTo(row);
    }

    @Test
    void rowsOfFixedWidthFieldsOnlyHoldNoObjectsYetReadAndCompareAsAnyOther() {
        RowSchema fixedOnly = RowSchema.of("id", FieldType.BIGINT, "at", FieldType.timestamp(3));
        RowSchema withString = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
        Row row = Row.withValues(RowKind.INSERT, fixedOnly, 7L, null);
        Row copy = row.copy();

        assertThat(copy).isEqualTo(row).hasSameHashCodeAs(row);
        assertThat(row.getObject(0)).isNull();
        Row target = new Row(fixedOnly);
        target.setFieldFrom(0, Row.withValues(RowKind.INSERT, withString, 7L, "x"), 0);
        target.setNullAt(1);
        assertThat(target).isEqualTo(row);
        assertThat(Row.withValues(RowKind.INSERT, withString, 7L, null)).as("null object slots equal no object slots")
                .isEqualTo(row).hasSameHashCodeAs(row);
        assertThatThrownBy(() -> row.setObject(1, "late")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed-width");
        assertThatThrownBy(() -> target.setFieldFrom(1, Row.withValues(RowKind.INSERT, withString, 7L, "x"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsIndependent() {
        Row row = Row.of(1L, "a");
        Row copy = row.copy();
        row.setLong(0, 2);
        row.setKind(RowKind.UPDATE_AFTER);
        assertThat(copy).hasToString("+I[1, a]");
        assertThat(row).hasToString("+U[2, a]");
    }

    @Test
    void copyFromWritesEveryValueNullKindAndNanosOverTheOldOnes() {
        Row withNanos = Row.withValues(RowKind.UPDATE_AFTER, SCHEMA, 1L, null, true, "x",
                LocalDateTime.parse("2020-01-01T00:00:00.000000001"), new BigDecimal("3.50"));
        Row withoutNanos = Row.withValues(RowKind.DELETE, SCHEMA, null, 2.5, null, null,
                LocalDateTime.parse("2021-05-06T07:08:09.010"), null);
        Row target = new Row(SCHEMA);
        assertThat(target.copyFrom(withNanos)).isSameAs(target).isEqualTo(withNanos).hasToString(withNanos.toString());
        assertThat(target.copyFrom(withoutNanos)).isEqualTo(withoutNanos).hasToString(withoutNanos.toString());
        assertThat(target.getKind()).isEqualTo(RowKind.DELETE);
        assertThat(target.getTimestampNanosOfMilli(4)).isZero();
        withoutNanos.setLong(0, 7);
        assertThat(target.isNullAt(0)).as("independent of its source").isTrue();

        Row wide = wideRow();
        assertThat(new Row(wide.schema()).copyFrom(wide)).isEqualTo(wide);
        assertThatThrownBy(() -> target.copyFrom(Row.of(1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setFieldFromCopiesValuesAndNulls() {
        Row source = Row.withValues(RowKind.INSERT, SCHEMA, 1L, null, true, "x", LocalDateTime.parse("2020-01-01T00:00:00.000000001"), null);
        Row target = new Row(SCHEMA);
        for (int i = 0; i < SCHEMA.arity(); i++) {
            target.setFieldFrom(i, source, i);
        }
        assertThat(target).isEqualTo(source);
    }

    @Test
    void inferredSchemaCoversJavaTypes() {
        Row row = Row.of(1, 2L, 1.5f, LocalDate.parse("2024-02-29"), Instant.ofEpochMilli(5), List.of(1L, 2L), Map.of("k", 1L),
                new BigDecimal("3.10"), Row.of("nested"));
        assertThat(row.schema().kind(0)).isEqualTo(FieldKind.INT);
        assertThat(row.getInt(0)).isEqualTo(1);
        assertThat(row.getFloat(2)).isEqualTo(1.5f);
        assertThat(row.getDate(3)).isEqualTo((int) LocalDate.parse("2024-02-29").toEpochDay());
        assertThat(row).hasToString("+I[1, 2, 1.5, 2024-02-29, 1970-01-01T00:00:00.005Z, [1, 2], {k=1}, 3.10, +I[nested]]");
    }

    @Test
    void wrongValuesAreRejectedWithTheField() {
        assertThatThrownBy(() -> Row.withValues(RowKind.INSERT, RowSchema.ofTypes(FieldType.BIGINT), "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BIGINT field needs a number, got String abc");
        assertThatThrownBy(() -> new Row(SCHEMA).setTimestamp(4, 0, 1_000_000))
                .hasMessageContaining("nanos of millisecond out of range");
        assertThatThrownBy(() -> RowKind.fromShortString("+X")).hasMessageContaining("Unknown row kind '+X'");
    }
}
