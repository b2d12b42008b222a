package io.eddy.jdbc.spi;

import static java.util.Objects.requireNonNull;

/**
 * One column of a {@link ResultStream}.
 *
 * @param name the column name (also its label)
 * @param typeName the SQL type as Flink prints it: {@code BIGINT}, {@code TIMESTAMP(3)},
 *     {@code STRING}, {@code DECIMAL(10, 2)}, {@code ARRAY<INT>}
 * @param jdbcType the {@link java.sql.Types} code
 * @param nullable whether values may be null
 * @param precision the precision (characters for strings, digits for numbers, fractional second
 *     digits for times), 0 when not applicable
 * @param scale the scale of decimals, 0 otherwise
 */
public record ResultColumn(
        String name, String typeName, int jdbcType, boolean nullable, int precision, int scale) {

    public ResultColumn {
        requireNonNull(name, "name is null");
        requireNonNull(typeName, "typeName is null");
        if (precision < 0 || scale < 0) {
            throw new IllegalArgumentException(
                    "precision and scale must not be negative: " + precision + ", " + scale);
        }
    }

    @Override
    public String toString() {
        return name + " " + typeName + (nullable ? "" : " NOT NULL");
    }
}
