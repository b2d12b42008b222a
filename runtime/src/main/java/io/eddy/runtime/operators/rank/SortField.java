package io.eddy.runtime.operators.rank;

/**
 * One field of an ORDER BY: the input field index, the direction and where nulls go.
 *
 * @param index the field's index in the input row
 * @param ascending true for ASC
 * @param nullsFirst true when nulls sort before every value (Flink's default: ASC NULLS FIRST, DESC NULLS LAST)
 */
public record SortField(int index, boolean ascending, boolean nullsFirst) {

    public SortField {
        if (index < 0) {
            throw new IllegalArgumentException("sort field index must not be negative, got " + index);
        }
    }

    /** {@code ASC NULLS FIRST}, Flink's default for ascending order. */
    public static SortField ascending(int index) {
        return new SortField(index, true, true);
    }

    /** {@code DESC NULLS LAST}, Flink's default for descending order. */
    public static SortField descending(int index) {
        return new SortField(index, false, false);
    }

    @Override
    public String toString() {
        return "$" + index + (ascending ? " ASC" : " DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
