package io.eddy.jdbc;

import io.eddy.jdbc.spi.ResultColumn;
import java.sql.Types;
import java.util.Locale;

/**
 * Facts about SQL types in JDBC terms: the Java class {@code getObject} returns, display sizes,
 * and the {@link ResultColumn} for a type written as Flink prints it ({@code DECIMAL(10, 2)},
 * {@code TIMESTAMP(3) *ROWTIME*}, {@code INT NOT NULL}).
 */
public final class JdbcTypes {

    private JdbcTypes() {
    }

    /** The class name {@code ResultSet.getObject(int)} returns for a {@link Types} code. */
    static String className(int jdbcType) {
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> Boolean.class.getName();
            case Types.TINYINT -> Byte.class.getName();
            case Types.SMALLINT -> Short.class.getName();
            case Types.INTEGER -> Integer.class.getName();
            case Types.BIGINT -> Long.class.getName();
            case Types.FLOAT, Types.REAL -> Float.class.getName();
            case Types.DOUBLE -> Double.class.getName();
            case Types.DECIMAL, Types.NUMERIC -> java.math.BigDecimal.class.getName();
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> String.class.getName();
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> byte[].class.getName();
            case Types.DATE -> java.sql.Date.class.getName();
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> java.sql.Time.class.getName();
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> java.sql.Timestamp.class.getName();
            case Types.ARRAY -> java.util.List.class.getName();
            case Types.STRUCT -> Object[].class.getName();
            default -> Object.class.getName();
        };
    }

    /** The maximum number of characters a value of the column prints as. */
    static int displaySize(ResultColumn column) {
        int precision = column.precision();
        return switch (column.jdbcType()) {
            case Types.BOOLEAN, Types.BIT -> 5;
            case Types.TINYINT -> 4;
            case Types.SMALLINT -> 6;
            case Types.INTEGER -> 11;
            case Types.BIGINT -> 20;
            case Types.FLOAT, Types.REAL -> 14;
            case Types.DOUBLE -> 24;
            case Types.DECIMAL, Types.NUMERIC -> precision + 2;
            case Types.DATE -> 10;
            case Types.TIME -> precision > 0 ? 9 + precision : 8;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> precision > 0 ? 20 + precision : 19;
            case Types.BINARY, Types.VARBINARY -> precision > 0 && precision < Integer.MAX_VALUE / 2 ? 2 * precision + 3 : Integer.MAX_VALUE;
            default -> precision > 0 ? precision : Integer.MAX_VALUE;
        };
    }

    /**
     * Describes a column from its Flink type text, as {@code DESCRIBE} prints it.
     *
     * @param name the column name
     * @param typeText for example {@code BIGINT}, {@code VARCHAR(20) NOT NULL}, {@code TIMESTAMP(3) *ROWTIME*}
     * @param nullable whether the column accepts NULL
     */
    public static ResultColumn column(String name, String typeText, boolean nullable) {
        String type = typeText.replace("*ROWTIME*", "").replace("*PROCTIME*", "").strip();
        if (type.toUpperCase(Locale.ROOT).endsWith(" NOT NULL")) {
            type = type.substring(0, type.length() - " NOT NULL".length()).strip();
            nullable = false;
        }
        String upper = type.toUpperCase(Locale.ROOT);
        int open = upper.indexOf('(');
        int angle = upper.indexOf('<');
        int end = open < 0 ? upper.length() : open;
        if (angle >= 0 && angle < end) {
            end = angle;
        }
        String base = upper.substring(0, end).strip();
        int[] arguments = arguments(upper, open, angle);
        return new ResultColumn(name, type, jdbcType(base), nullable,
                precision(base, arguments), base.equals("DECIMAL") || base.equals("NUMERIC") || base.equals("DEC")
                        ? (arguments.length > 1 ? arguments[1] : 0) : 0);
    }

    private static int[] arguments(String upper, int open, int angle) {
        if (open < 0 || (angle >= 0 && angle < open)) {
            return new int[0];
        }
        int close = upper.indexOf(')', open);
        if (close < 0) {
            return new int[0];
        }
        String[] parts = upper.substring(open + 1, close).split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                return new int[0];
            }
        }
        return values;
    }

    private static int jdbcType(String base) {
        return switch (base) {
            case "BOOLEAN" -> Types.BOOLEAN;
            case "TINYINT" -> Types.TINYINT;
            case "SMALLINT" -> Types.SMALLINT;
            case "INT", "INTEGER" -> Types.INTEGER;
            case "BIGINT" -> Types.BIGINT;
            case "FLOAT" -> Types.FLOAT;
            case "DOUBLE", "DOUBLE PRECISION" -> Types.DOUBLE;
            case "DECIMAL", "DEC", "NUMERIC" -> Types.DECIMAL;
            case "CHAR" -> Types.CHAR;
            case "VARCHAR", "STRING" -> Types.VARCHAR;
            case "BINARY" -> Types.BINARY;
            case "VARBINARY", "BYTES" -> Types.VARBINARY;
            case "DATE" -> Types.DATE;
            case "TIME" -> Types.TIME;
            case "TIMESTAMP", "TIMESTAMP_WITHOUT_TIME_ZONE" -> Types.TIMESTAMP;
            case "TIMESTAMP_LTZ", "TIMESTAMP WITH LOCAL TIME ZONE" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "ARRAY", "MULTISET" -> Types.ARRAY;
            case "ROW" -> Types.STRUCT;
            case "NULL" -> Types.NULL;
            default -> Types.OTHER;
        };
    }

    private static int precision(String base, int[] arguments) {
        if (arguments.length > 0) {
            return arguments[0];
        }
        return switch (base) {
            case "TINYINT" -> 3;
            case "SMALLINT" -> 5;
            case "INT", "INTEGER" -> 10;
            case "BIGINT" -> 19;
            case "FLOAT" -> 7;
            case "DOUBLE", "DOUBLE PRECISION" -> 15;
            case "DECIMAL", "DEC", "NUMERIC" -> 10;
            case "CHAR", "BINARY" -> 1;
            case "STRING", "BYTES", "VARCHAR", "VARBINARY" -> Integer.MAX_VALUE;
            case "TIMESTAMP", "TIMESTAMP_LTZ", "TIMESTAMP WITH LOCAL TIME ZONE" -> 6;
            default -> 0;
        };
    }
}
