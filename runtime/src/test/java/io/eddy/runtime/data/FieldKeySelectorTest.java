package io.eddy.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The key hash a HASH exchange computes without building the key must be the built key's hash. */
class FieldKeySelectorTest {

    private static final RowSchema SCHEMA = RowSchema.ofTypes(FieldType.BIGINT, FieldType.STRING,
            FieldType.BYTES, FieldType.timestamp(9), FieldType.INT);

    @Test
    void hashesKeysWithoutBuildingThemAsTheirRowsHash() {
        FieldKeySelector selector = new FieldKeySelector(SCHEMA, 4, 1, 3, 2);
        Row row = new Row(SCHEMA);
        assertSameHash(selector, row);
        row.setLong(0, 7);
        row.setString(1, "auction");
        row.setBytes(2, new byte[] {1, 2, 3});
        row.setTimestamp(3, 1_700_000_000_123L, 456_789);
        row.setInt(4, -3);
        assertSameHash(selector, row);
        row.setNullAt(1);
        row.setTimestamp(3, 1_700_000_000_123L, 0);
        assertSameHash(selector, row);
    }

    @Test
    void hashesKeysOfMoreThanSixtyFourFields() {
        RowSchema wide = RowSchema.ofTypes(IntStream.range(0, 70).mapToObj(i -> FieldType.BIGINT)
                .toArray(FieldType[]::new));
        FieldKeySelector selector = new FieldKeySelector(wide, IntStream.range(0, 70).map(i -> 69 - i).toArray());
        Row row = new Row(wide);
        for (int i = 0; i < 70; i += 3) {
            row.setLong(i, i * 31L);
        }
        assertSameHash(selector, row);
    }

    private static void assertSameHash(FieldKeySelector selector, Row row) {
        assertThat(selector.keyHashCode(row)).isEqualTo(selector.getKey(row).hashCode());
    }
}
