package io.eddy.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void parsesChangelogFixtures() {
        assertThat(Rows.parse("+I[1, a]")).isEqualTo(Row.of(1L, "a"));
        assertThat(Rows.parse("-U[1, 2.5, true, null]")).hasToString("-U[1, 2.5, true, null]");
        assertThat(Rows.parse("+U['a, b', ' x ']").getString(0)).isEqualTo("a, b");
        assertThat(Rows.parse("+U['a, b', ' x ']").getString(1)).isEqualTo(" x ");
        assertThat(Rows.parse("-D[]").arity()).isZero();
        assertThat(Rows.parse("+I['null']").getString(0)).isEqualTo("null");
    }

    @Test
    void parsesWithASchema() {
        RowSchema schema = RowSchema.of("id", FieldType.INT, "ts", FieldType.timestamp(3), "d", FieldType.DOUBLE);
        Row row = Rows.parse(schema, "+I[7, 2020-04-15 08:00:05, 1]");
        assertThat(row.getInt(0)).isEqualTo(7);
        assertThat(row.getTimestampMillis(1)).isEqualTo(1586937605000L);
        assertThat(row.getDouble(2)).isEqualTo(1.0);
        assertThat(row).hasToString("+I[7, 2020-04-15T08:00:05, 1.0]");
        assertThat(Rows.format(Rows.parseAll(schema, "+I[1, 2020-01-01T00:00, 2.0]"))).containsExactly("+I[1, 2020-01-01T00:00, 2.0]");
    }

    @Test
    void badFixturesSayWhatIsWrong() {
        assertThatThrownBy(() -> Rows.parse("I[1]")).hasMessageContaining("expected a row like +I[1, a], got 'I[1]'");
        assertThatThrownBy(() -> Rows.parse("+I['abc]")).hasMessageContaining("unterminated quote");
        RowSchema schema = RowSchema.ofTypes(FieldType.BIGINT);
        assertThatThrownBy(() -> Rows.parse(schema, "+I[x]")).hasMessageContaining("field 0 ('x') of '+I[x]' is not a BIGINT");
        assertThatThrownBy(() -> Rows.parse(schema, "+I[1, 2]")).hasMessageContaining("has 2 fields, schema (f0 BIGINT) has 1");
    }
}
