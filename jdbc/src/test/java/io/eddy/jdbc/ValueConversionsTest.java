package io.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.spi.ResultColumn;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueConversionsTest {

    @Test
    void narrowsNumbersWithinRangeOnly() throws SQLException {
        assertThat(ValueConversions.toLong(127L, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT")).isEqualTo(127);
        assertThat(ValueConversions.toLong(new BigDecimal("12.9"), Integer.MIN_VALUE, Integer.MAX_VALUE, "INT"))
                .isEqualTo(12);
        assertThat(ValueConversions.toLong(" 42 ", Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT")).isEqualTo(42);
        assertThatThrownBy(() -> ValueConversions.toLong(1000L, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT"))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Value 1000 is out of range for TINYINT")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
        assertThatThrownBy(() -> ValueConversions.toLong(1e30, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT"))
                .hasMessage("Value 1.0E30 is out of range for BIGINT");
        assertThatThrownBy(() -> ValueConversions.toDouble(List.of(1)))
                .hasMessage("Cannot convert ARRAY value '[1]' to DOUBLE");
    }

    @Test
    void convertsBooleansStrictly() throws SQLException {
        assertThat(ValueConversions.toBoolean("true")).isTrue();
        assertThat(ValueConversions.toBoolean(0L)).isFalse();
        assertThatThrownBy(() -> ValueConversions.toBoolean("yes")).hasMessage("Cannot convert STRING value 'yes' to BOOLEAN");
    }

    @Test
    void formatsValuesAsFlinkPrintsThem() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", null);
        assertThat(ValueText.of(List.of(1, 2), 0)).isEqualTo("[1, 2]");
        assertThat(ValueText.of(map, 0)).isEqualTo("{a=1, b=NULL}");
        assertThat(ValueText.of(new Object[] {1, "x", null}, 0)).isEqualTo("(1, x, NULL)");
        assertThat(ValueText.of(new byte[] {1, (byte) 0xab}, 0)).isEqualTo("x'01ab'");
        assertThat(ValueText.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000), 3)).isEqualTo("2024-01-02 03:04:05.600");
        assertThat(ValueText.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5), 0)).isEqualTo("2024-01-02 03:04:05");
        assertThat(ValueText.of(LocalTime.of(1, 2, 3), 0)).isEqualTo("01:02:03");
        assertThat(ValueText.of(false, 0)).isEqualTo("FALSE");
        assertThat(ValueText.of(null, 0)).isNull();
    }

    @Test
    void readsFlinkTypeText() {
        assertThat(JdbcTypes.column("p", "DECIMAL(10, 2)", true))
                .isEqualTo(new ResultColumn("p", "DECIMAL(10, 2)", Types.DECIMAL, true, 10, 2));
        assertThat(JdbcTypes.column("s", "VARCHAR(20) NOT NULL", true))
                .isEqualTo(new ResultColumn("s", "VARCHAR(20)", Types.VARCHAR, false, 20, 0));
        assertThat(JdbcTypes.column("t", "TIMESTAMP_LTZ(3) *PROCTIME*", true))
                .isEqualTo(new ResultColumn("t", "TIMESTAMP_LTZ(3)", Types.TIMESTAMP_WITH_TIMEZONE, true, 3, 0));
        assertThat(JdbcTypes.column("a", "ARRAY<INT>", true).jdbcType()).isEqualTo(Types.ARRAY);
        assertThat(JdbcTypes.column("m", "MAP<STRING, INT>", true).jdbcType()).isEqualTo(Types.OTHER);
        assertThat(JdbcTypes.column("r", "ROW<a INT>", true).jdbcType()).isEqualTo(Types.STRUCT);
    }

    @Test
    void parsesJdbcNamePatterns() {
        assertThat(CatalogBrowser.compile("n%").matcher("numbers").matches()).isTrue();
        assertThat(CatalogBrowser.compile("n_m").matcher("nim").matches()).isTrue();
        assertThat(CatalogBrowser.compile("a\\_b").matcher("axb").matches()).isFalse();
        assertThat(CatalogBrowser.compile("a\\_b").matcher("a_b").matches()).isTrue();
        assertThat(CatalogBrowser.compile("a.b").matcher("axb").matches()).isFalse();
    }
}
