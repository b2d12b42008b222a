package io.eddy.runtime.operators.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowComparatorTest {

    private static final RowSchema SCHEMA = RowSchema.of("d", FieldType.DOUBLE, "s", FieldType.STRING,
            "n", FieldType.decimal(10, 2), "t", FieldType.timestamp(6), "i", FieldType.INT, "b", FieldType.BOOLEAN);

    private static List<String> sorted(RowComparator comparator, String... rows) {
        List<Row> list = new ArrayList<>(Rows.parseAll(SCHEMA, rows));
        list.sort(comparator);
        return Rows.format(list);
    }

    @Test
    void comparesEachKindByValueAndPlacesNullsIndependentlyOfDirection() {
        RowComparator doublesDescNullsLast = new RowComparator(SCHEMA, List.of(SortField.descending(0)));
        assertThat(sorted(doublesDescNullsLast, "+I[-1.5, a, 1.00, null, 1, true]", "+I[null, b, 1.00, null, 1, true]",
                "+I[10.25, c, 1.00, null, 1, true]", "+I[2.0, d, 1.00, null, 1, true]"))
                .extracting(row -> row.substring(3, row.indexOf(','))).containsExactly("10.25", "2.0", "-1.5", "null");
        RowComparator stringsAscNullsLast = new RowComparator(SCHEMA, List.of(new SortField(1, true, false)));
        assertThat(sorted(stringsAscNullsLast, "+I[1.0, b, 1.00, null, 1, true]", "+I[1.0, null, 1.00, null, 1, true]",
                "+I[1.0, B, 1.00, null, 1, true]", "+I[1.0, ab, 1.00, null, 1, true]"))
                .extracting(row -> row.split(", ")[1]).containsExactly("B", "ab", "b", "null");
        RowComparator decimalsThenInts = new RowComparator(SCHEMA, List.of(SortField.ascending(2), SortField.descending(4)));
        assertThat(sorted(decimalsThenInts, "+I[1.0, a, 10.00, null, 1, true]", "+I[1.0, b, 9.50, null, -3, true]",
                "+I[1.0, c, 10.00, null, 7, true]", "+I[1.0, d, null, null, 0, true]"))
                .extracting(row -> row.split(", ")[1]).containsExactly("d", "b", "c", "a");
    }

    @Test
    void timestampsCompareMillisThenNanos() {
        RowComparator byTime = new RowComparator(SCHEMA, List.of(SortField.ascending(3)));
        Row earlier = Rows.parse(SCHEMA, "+I[1.0, a, 1.00, 1970-01-01 00:00:01.000001, 1, true]");
        Row later = Rows.parse(SCHEMA, "+I[1.0, a, 1.00, 1970-01-01 00:00:01.000002, 1, true]");
        Row muchLater = Rows.parse(SCHEMA, "+I[1.0, a, 1.00, 1970-01-01 00:00:01.001, 1, true]");
        assertThat(byTime.compare(earlier, later)).isNegative();
        assertThat(byTime.compare(muchLater, later)).isPositive();
        assertThat(byTime.compare(later, later.copy())).isZero();
    }

    @Test
    void booleansSortFalseFirst() {
        RowComparator byFlag = new RowComparator(SCHEMA, List.of(SortField.ascending(5)));
        assertThat(byFlag.compare(Rows.parse(SCHEMA, "+I[1.0, a, 1.00, null, 1, false]"),
                Rows.parse(SCHEMA, "+I[1.0, a, 1.00, null, 1, true]"))).isNegative();
    }

    @Test
    void nestedKindsAndMissingFieldsCannotBeSorted() {
        RowSchema withArray = RowSchema.of("tags", FieldType.array(FieldType.STRING));
        assertThatThrownBy(() -> new RowComparator(withArray, List.of(SortField.ascending(0))))
                .hasMessage("cannot sort by tags of kind ARRAY");
        assertThatThrownBy(() -> new RowComparator(SCHEMA, List.of(SortField.ascending(6))))
                .hasMessage("sort field $6 ASC NULLS FIRST is not in " + SCHEMA);
        assertThatThrownBy(() -> new SortField(-1, true, true)).hasMessage("sort field index must not be negative, got -1");
    }
}
