package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Typed arithmetic and ordering on row fields without boxing primitives: integers add in the long slot
 * and wrap to their type's width (as Java, hence Flink, does), floats and doubles add as such, decimals
 * as {@link BigDecimal} at the target scale.
 */
final class Arithmetic {

    private Arithmetic() {
    }

    static boolean isNumeric(FieldKind kind) {
        return switch (kind) {
            case TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    static boolean isIntegral(FieldKind kind) {
        return switch (kind) {
            case TINYINT, SMALLINT, INT, BIGINT -> true;
            default -> false;
        };
    }

    static boolean isComparable(FieldKind kind) {
        return switch (kind) {
            case ROW, ARRAY, MAP -> false;
            default -> true;
        };
    }

    /** The type AVG sums in: BIGINT for integers, DOUBLE for floats, DECIMAL(38, s) for decimals. */
    static FieldType averageSumType(FieldType argumentType) {
        return switch (argumentType.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT -> FieldType.BIGINT;
            case FLOAT, DOUBLE -> FieldType.DOUBLE;
            case DECIMAL -> FieldType.decimal(38, argumentType.scale());
            default -> throw new IllegalArgumentException("AVG needs a numeric argument, not " + argumentType);
        };
    }

    /** Sets {@code target[targetField]} (of {@code type}) to zero. */
    static void setZero(Row target, int targetField, FieldType type) {
        switch (type.kind()) {
            case FLOAT -> target.setFloat(targetField, 0f);
            case DOUBLE -> target.setDouble(targetField, 0d);
            case DECIMAL -> target.setDecimal(targetField, BigDecimal.ZERO.setScale(type.scale()));
            default -> target.setLong(targetField, 0L);
        }
    }

    /**
     * Adds ({@code sign} 1) or subtracts ({@code sign} -1) the non-null {@code source[sourceField]} of
     * {@code sourceKind} to the non-null {@code target[targetField]} of {@code targetType}.
     */
    static void add(Row target, int targetField, FieldType targetType, Row source, int sourceField, FieldKind sourceKind, int sign) {
        switch (targetType.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT ->
                    target.setLong(targetField, wrap(target.getLong(targetField) + sign * source.getLong(sourceField), targetType.kind()));
            case FLOAT -> target.setFloat(targetField, target.getFloat(targetField) + sign * (float) readDouble(source, sourceField, sourceKind));
            case DOUBLE -> target.setDouble(targetField, target.getDouble(targetField) + sign * readDouble(source, sourceField, sourceKind));
            case DECIMAL -> {
                BigDecimal value = readDecimal(source, sourceField, sourceKind);
                BigDecimal sum = sign > 0 ? target.getDecimal(targetField).add(value) : target.getDecimal(targetField).subtract(value);
                target.setDecimal(targetField, sum.setScale(targetType.scale(), RoundingMode.HALF_UP));
            }
            default -> throw new IllegalArgumentException("cannot add to " + targetType);
        }
    }

    /** Writes {@code sum / count} (count > 0) of {@code sumType} as {@code resultType}; integers truncate. */
    static void divide(Row sumRow, int sumField, FieldType sumType, long count, Row target, int targetField, FieldType resultType) {
        switch (resultType.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT -> {
                long quotient = switch (sumType.kind()) {
                    case DOUBLE -> (long) (sumRow.getDouble(sumField) / count);
                    case DECIMAL -> sumRow.getDecimal(sumField).divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN).longValue();
                    default -> sumRow.getLong(sumField) / count;
                };
                target.setLong(targetField, wrap(quotient, resultType.kind()));
            }
            case FLOAT -> target.setFloat(targetField, (float) (readDouble(sumRow, sumField, sumType.kind()) / count));
            case DOUBLE -> target.setDouble(targetField, readDouble(sumRow, sumField, sumType.kind()) / count);
            case DECIMAL -> target.setDecimal(targetField,
                    readDecimal(sumRow, sumField, sumType.kind()).divide(BigDecimal.valueOf(count), resultType.scale(), RoundingMode.HALF_UP));
            default -> throw new IllegalArgumentException("AVG cannot return " + resultType);
        }
    }

    /** Writes the non-null {@code source[sourceField]} of {@code sourceType} into {@code target[targetField]} converted to {@code targetType}. */
    static void convert(Row source, int sourceField, FieldType sourceType, Row target, int targetField, FieldType targetType) {
        switch (targetType.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT -> target.setLong(targetField, wrap(switch (sourceType.kind()) {
                case FLOAT, DOUBLE -> (long) readDouble(source, sourceField, sourceType.kind());
                case DECIMAL -> source.getDecimal(sourceField).longValue();
                default -> source.getLong(sourceField);
            }, targetType.kind()));
            case FLOAT -> target.setFloat(targetField, (float) readDouble(source, sourceField, sourceType.kind()));
            case DOUBLE -> target.setDouble(targetField, readDouble(source, sourceField, sourceType.kind()));
            case DECIMAL -> target.setDecimal(targetField,
                    readDecimal(source, sourceField, sourceType.kind()).setScale(targetType.scale(), RoundingMode.HALF_UP));
            default -> target.setFieldFrom(targetField, source, sourceField);
        }
    }

    static long wrap(long value, FieldKind kind) {
        return switch (kind) {
            case TINYINT -> (byte) value;
            case SMALLINT -> (short) value;
            case INT -> (int) value;
            default -> value;
        };
    }

    static double readDouble(Row row, int field, FieldKind kind) {
        return switch (kind) {
            case FLOAT -> row.getFloat(field);
            case DOUBLE -> row.getDouble(field);
            case DECIMAL -> row.getDecimal(field).doubleValue();
            default -> row.getLong(field);
        };
    }

    static BigDecimal readDecimal(Row row, int field, FieldKind kind) {
        return switch (kind) {
            case FLOAT, DOUBLE -> BigDecimal.valueOf(readDouble(row, field, kind));
            case DECIMAL -> row.getDecimal(field);
            default -> BigDecimal.valueOf(row.getLong(field));
        };
    }

    /** Orders two non-null values of the same kind as SQL does (strings by UTF-16 code units, bytes unsigned). */
    static int compare(Row left, int leftField, Row right, int rightField, FieldKind kind) {
        return switch (kind) {
            case FLOAT -> Float.compare(left.getFloat(leftField), right.getFloat(rightField));
            case DOUBLE -> Double.compare(left.getDouble(leftField), right.getDouble(rightField));
            case DECIMAL -> left.getDecimal(leftField).compareTo(right.getDecimal(rightField));
            case STRING -> left.getString(leftField).compareTo(right.getString(rightField));
            case BYTES -> Arrays.compareUnsigned(left.getBytes(leftField), right.getBytes(rightField));
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                int byMillis = Long.compare(left.getTimestampMillis(leftField), right.getTimestampMillis(rightField));
                yield byMillis != 0 ? byMillis
                        : Integer.compare(left.getTimestampNanosOfMilli(leftField), right.getTimestampNanosOfMilli(rightField));
            }
            case ROW, ARRAY, MAP -> throw new IllegalArgumentException("cannot order " + kind + " values");
            default -> Long.compare(left.getLong(leftField), right.getLong(rightField));
        };
    }
}
