package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import java.util.List;

/**
 * One aggregate call as the planner hands it to the runtime: what to compute, over which input
 * fields, and with which types. Build with {@link #countStar(String)} or {@link #of}, then
 * {@link #asDistinct()}, {@link #filteredBy(int)} or {@link #withSeparator(String)}.
 *
 * @param name the output field name
 * @param kind the function
 * @param arguments the input field indexes of the arguments (empty for COUNT(*); one field except for COUNT)
 * @param argumentType the type of the (first) argument, {@code null} for COUNT(*)
 * @param resultType the type of the result
 * @param distinct whether only distinct argument values count ({@code COUNT(DISTINCT a)})
 * @param filterField the input index of a BOOLEAN field; only rows where it is true count; -1 for none
 * @param separator the LISTAGG separator (',' by default); ignored by other kinds
 */
public record AggregateCall(String name, AggregateKind kind, List<Integer> arguments, FieldType argumentType,
                            FieldType resultType, boolean distinct, int filterField, String separator) {

    /** LISTAGG's default separator, as in Flink. */
    public static final String DEFAULT_SEPARATOR = ",";

    public AggregateCall {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        arguments = List.copyOf(requireNonNull(arguments, "arguments is null"));
        requireNonNull(resultType, "resultType is null");
        requireNonNull(separator, "separator is null");
        if (kind == AggregateKind.COUNT_STAR) {
            if (!arguments.isEmpty() || distinct) {
                throw new IllegalArgumentException("COUNT(*) takes no arguments: " + name);
            }
        } else {
            requireNonNull(argumentType, "argumentType is null");
            if (arguments.isEmpty() || (kind != AggregateKind.COUNT && arguments.size() != 1)) {
                throw new IllegalArgumentException(kind + " takes " + (kind == AggregateKind.COUNT ? "one or more arguments" : "one argument")
                        + ", got " + arguments.size() + ": " + name);
            }
        }
        for (int argument : arguments) {
            if (argument < 0) {
                throw new IllegalArgumentException("argument field " + argument + " is negative: " + name);
            }
        }
        if (filterField < -1) {
            throw new IllegalArgumentException("filter field " + filterField + " is negative: " + name);
        }
        checkTypes(name, kind, argumentType, resultType);
    }

    /** {@code COUNT(*)} with a BIGINT result. */
    public static AggregateCall countStar(String name) {
        return new AggregateCall(name, AggregateKind.COUNT_STAR, List.of(), null, FieldType.BIGINT, false, -1, DEFAULT_SEPARATOR);
    }

    /** {@code kind(field)}: the argument is input field {@code argument} of type {@code argumentType}. */
    public static AggregateCall of(String name, AggregateKind kind, int argument, FieldType argumentType, FieldType resultType) {
        return new AggregateCall(name, kind, List.of(argument), argumentType, resultType, false, -1, DEFAULT_SEPARATOR);
    }

    /** {@code COUNT(a, b, ...)}: counts rows whose arguments are all non-null. */
    public static AggregateCall count(String name, FieldType firstArgumentType, int... arguments) {
        return new AggregateCall(name, AggregateKind.COUNT, java.util.Arrays.stream(arguments).boxed().toList(),
                firstArgumentType, FieldType.BIGINT, false, -1, DEFAULT_SEPARATOR);
    }

    /** The same call over distinct argument values. */
    public AggregateCall asDistinct() {
        return new AggregateCall(name, kind, arguments, argumentType, resultType, true, filterField, separator);
    }

    /** The same call with {@code FILTER (WHERE field)}: only rows whose BOOLEAN field {@code field} is true count. */
    public AggregateCall filteredBy(int field) {
        return new AggregateCall(name, kind, arguments, argumentType, resultType, distinct, field, separator);
    }

    /** The same LISTAGG call with another separator. */
    public AggregateCall withSeparator(String newSeparator) {
        return new AggregateCall(name, kind, arguments, argumentType, resultType, distinct, filterField, newSeparator);
    }

    /** The first argument's input field index. */
    public int argument() {
        return arguments.get(0);
    }

    private static void checkTypes(String name, AggregateKind kind, FieldType argumentType, FieldType resultType) {
        switch (kind) {
            case COUNT_STAR, COUNT -> require(resultType.kind() == FieldKind.BIGINT, name, kind + " returns BIGINT, not " + resultType);
            case SUM, SUM0, AVG -> {
                require(Arithmetic.isNumeric(argumentType.kind()), name, kind + " needs a numeric argument, not " + argumentType);
                require(Arithmetic.isNumeric(resultType.kind()), name, kind + " needs a numeric result, not " + resultType);
            }
            case MIN, MAX, FIRST_VALUE, LAST_VALUE -> require(resultType.kind() == argumentType.kind(), name,
                    kind + " returns its argument's type " + argumentType + ", not " + resultType);
            case LISTAGG -> require(argumentType.kind() == FieldKind.STRING && resultType.kind() == FieldKind.STRING, name,
                    "LISTAGG takes and returns STRING, not " + argumentType + " -> " + resultType);
            default -> throw new IllegalStateException("unknown aggregate " + kind);
        }
        if (kind == AggregateKind.MIN || kind == AggregateKind.MAX) {
            require(Arithmetic.isComparable(argumentType.kind()), name, kind + " cannot compare " + argumentType);
        }
    }

    private static void require(boolean condition, String name, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message + ": " + name);
        }
    }

    @Override
    public String toString() {
        String args = kind == AggregateKind.COUNT_STAR ? "*" : arguments.toString().replace("[", "$").replace(", ", ", $").replace("]", "");
        return kind + "(" + (distinct ? "DISTINCT " : "") + args + (kind == AggregateKind.LISTAGG ? ", '" + separator + "'" : "") + ")"
                + (filterField >= 0 ? " FILTER $" + filterField : "") + " AS " + name + " " + resultType;
    }
}
