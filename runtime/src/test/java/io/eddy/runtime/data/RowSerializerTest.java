package io.eddy.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowSerializerTest {

    @Test
    void roundTripsEveryKindIncludingNulls() {
        RowSchema nested = RowSchema.of("x", FieldType.INT, "y", FieldType.STRING);
        RowSchema schema = RowSchema.of("b", FieldType.BOOLEAN, "t", FieldType.TINYINT, "s", FieldType.SMALLINT,
                "i", FieldType.INT, "l", FieldType.BIGINT, "f", FieldType.FLOAT, "d", FieldType.DOUBLE,
                "date", FieldType.DATE, "time", FieldType.TIME, "ts3", FieldType.timestamp(3), "ts9", FieldType.timestamp(9),
                "ltz", FieldType.timestampLtz(6), "dec", FieldType.decimal(20, 4), "str", FieldType.STRING,
                "bytes", FieldType.BYTES, "row", FieldType.row(nested), "arr", FieldType.array(FieldType.BIGINT),
                "map", FieldType.map(FieldType.STRING, FieldType.DOUBLE), "n", FieldType.BIGINT);
        Row row = Row.withValues(RowKind.UPDATE_BEFORE, schema, true, (byte) -3, (short) 300, -7, Long.MIN_VALUE, 1.5f, -0.25,
                LocalDate.parse("1969-12-31"), LocalTime.parse("23:59:59.999"), LocalDateTime.parse("2024-01-01T10:00:00.123"),
                LocalDateTime.parse("1900-01-01T00:00:00.123456789"), Instant.parse("2024-01-01T00:00:00.000001Z"),
                new BigDecimal("-12345678901234.5678"), "héllo", new byte[] {0, -1, 2},
                Row.withValues(RowKind.INSERT, nested, 5, "n"), Arrays.asList(1L, null, 3L), Map.of("a", 1.0), null);
        RowSerializer serializer = new RowSerializer(schema);
        Row copy = serializer.fromBytes(serializer.toBytes(row));
        assertThat(copy).isEqualTo(row);
        assertThat(copy.getKind()).isEqualTo(RowKind.UPDATE_BEFORE);
        assertThat(copy.toString()).isEqualTo(row.toString());
    }

    @Test
    void smallValuesAreCompact() {
        RowSchema schema = RowSchema.ofTypes(FieldType.BIGINT, FieldType.BIGINT);
        assertThat(new RowSerializer(schema).toBytes(Row.of(1L, -1L))).hasSize(4);
    }

    @Test
    void truncatedInputFailsClearly() {
        RowSchema schema = RowSchema.ofTypes(FieldType.STRING);
        byte[] bytes = new RowSerializer(schema).toBytes(Row.of("abcdef"));
        assertThatThrownBy(() -> new RowSerializer(schema).fromBytes(Arrays.copyOf(bytes, 4)))
                .hasMessageContaining("corrupt or truncated data");
    }

    @Test
    void listSerializerRoundTrips() {
        TypeSerializer<List<String>> serializer = Serializers.listOf(Serializers.STRING);
        assertThat(serializer.fromBytes(serializer.toBytes(List.of("a", "b")))).containsExactly("a", "b");
    }
}
