package io.eddy.runtime.operators.over;

import java.time.Duration;

/**
 * The frame of an OVER window, always ending at the current row: {@code ROWS} counts rows,
 * {@code RANGE} measures the time attribute.
 *
 * @param unit ROWS or RANGE
 * @param unbounded whether the frame starts at {@code UNBOUNDED PRECEDING}
 * @param preceding for a bounded frame, the rows (ROWS) or milliseconds (RANGE) before the current row; 0 when unbounded
 */
public record OverFrame(Unit unit, boolean unbounded, long preceding) {

    /** How the frame's start is measured. */
    public enum Unit { ROWS, RANGE }

    public OverFrame {
        if (unit == null) {
            throw new NullPointerException("unit is null");
        }
        if (unbounded ? preceding != 0 : preceding < 0) {
            throw new IllegalArgumentException("preceding must be 0 for an unbounded frame and not negative otherwise, got " + preceding);
        }
    }

    /** {@code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}. */
    public static OverFrame unboundedRows() {
        return new OverFrame(Unit.ROWS, true, 0);
    }

    /** {@code ROWS BETWEEN rows PRECEDING AND CURRENT ROW}. */
    public static OverFrame rows(long rows) {
        return new OverFrame(Unit.ROWS, false, rows);
    }

    /** {@code RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}. */
    public static OverFrame unboundedRange() {
        return new OverFrame(Unit.RANGE, true, 0);
    }

    /** {@code RANGE BETWEEN INTERVAL ... PRECEDING AND CURRENT ROW}. */
    public static OverFrame range(Duration preceding) {
        return new OverFrame(Unit.RANGE, false, preceding.toMillis());
    }

    @Override
    public String toString() {
        String start = unbounded ? "UNBOUNDED" : unit == Unit.RANGE ? Duration.ofMillis(preceding).toString() : Long.toString(preceding);
        return unit + " BETWEEN " + start + " PRECEDING AND CURRENT ROW";
    }
}
