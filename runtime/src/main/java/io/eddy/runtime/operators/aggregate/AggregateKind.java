package io.eddy.runtime.operators.aggregate;

/** The aggregate functions the runtime computes, named as in Flink SQL. */
public enum AggregateKind {
    /** {@code COUNT(*)}: rows, nulls included. */
    COUNT_STAR,
    /** {@code COUNT(a [, b ...])}: rows whose arguments are all non-null. */
    COUNT,
    /** {@code SUM(a)}: null when no non-null value was accumulated. */
    SUM,
    /** Calcite's {@code $SUM0}: as SUM, but 0 instead of null. */
    SUM0,
    MIN,
    MAX,
    /** {@code AVG(a)}: sum / count in the result type; integer averages truncate as in Flink. */
    AVG,
    /** {@code FIRST_VALUE(a)}: the first non-null value in arrival order. */
    FIRST_VALUE,
    /** {@code LAST_VALUE(a)}: the last non-null value in arrival order. */
    LAST_VALUE,
    /** {@code LISTAGG(a [, separator])}: non-null values joined in arrival order. */
    LISTAGG
}
