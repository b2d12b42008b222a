package io.eddy.planner.function;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The Java types a user-defined function's {@code eval} may take and return, and the SQL type
 * each stands for, as Flink's reflective extraction maps them. Primitive types are NOT NULL
 * values; their boxes and the other classes may be null.
 */
public enum FunctionValueType {
  BOOLEAN(boolean.class, Boolean.class, SqlTypeName.BOOLEAN),
  TINYINT(byte.class, Byte.class, SqlTypeName.TINYINT),
  SMALLINT(short.class, Short.class, SqlTypeName.SMALLINT),
  INT(int.class, Integer.class, SqlTypeName.INTEGER),
  BIGINT(long.class, Long.class, SqlTypeName.BIGINT),
  FLOAT(float.class, Float.class, SqlTypeName.FLOAT),
  DOUBLE(double.class, Double.class, SqlTypeName.DOUBLE),
  DECIMAL(null, BigDecimal.class, SqlTypeName.DECIMAL),
  STRING(null, String.class, SqlTypeName.VARCHAR),
  BYTES(null, byte[].class, SqlTypeName.VARBINARY),
  DATE(null, LocalDate.class, SqlTypeName.DATE),
  TIMESTAMP(null, LocalDateTime.class, SqlTypeName.TIMESTAMP),
  TIMESTAMP_LTZ(null, Instant.class, SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);

  /** Precision and scale of the DECIMAL a {@code BigDecimal} stands for, as in Flink. */
  static final int DECIMAL_PRECISION = 38;
  static final int DECIMAL_SCALE = 18;
  private static final int TIMESTAMP_PRECISION = 3;

  private final Class<?> primitive;
  private final Class<?> boxed;
  private final SqlTypeName sqlType;

  FunctionValueType(Class<?> primitive, Class<?> boxed, SqlTypeName sqlType) {
    this.primitive = primitive;
    this.boxed = boxed;
    this.sqlType = sqlType;
  }

  /** The value type of a Java class, if functions may use it. */
  public static Optional<FunctionValueType> of(Class<?> javaClass) {
    return Arrays.stream(values())
        .filter(type -> javaClass.equals(type.primitive) || javaClass.equals(type.boxed))
        .findFirst();
  }

  /** Whether {@code javaClass} is this type's primitive (never null) form. */
  boolean isPrimitive(Class<?> javaClass) {
    return javaClass.equals(primitive);
  }

  /** The SQL type name. */
  public SqlTypeName sqlTypeName() {
    return sqlType;
  }

  /** The SQL type. */
  public RelDataType sqlType(RelDataTypeFactory factory, boolean nullable) {
    RelDataType type = switch (this) {
      case DECIMAL -> factory.createSqlType(sqlType, DECIMAL_PRECISION, DECIMAL_SCALE);
      case STRING, BYTES -> factory.createSqlType(sqlType, Integer.MAX_VALUE);
      case TIMESTAMP, TIMESTAMP_LTZ -> factory.createSqlType(sqlType, TIMESTAMP_PRECISION);
      default -> factory.createSqlType(sqlType);
    };
    return factory.createTypeWithNullability(type, nullable);
  }

  /** The type as Flink spells it in signatures. */
  public String sqlName() {
    return switch (this) {
      case DECIMAL -> "DECIMAL(38, 18)";
      case TIMESTAMP -> "TIMESTAMP(3)";
      case TIMESTAMP_LTZ -> "TIMESTAMP_LTZ(3)";
      default -> name();
    };
  }
}
