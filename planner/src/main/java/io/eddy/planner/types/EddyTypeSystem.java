package io.eddy.planner.types;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with Flink's limits: character and binary strings up to 2147483647 (so
 * STRING and BYTES are VARCHAR/VARBINARY of that length and the default length of VARCHAR is the
 * maximum), DECIMAL up to precision 38, TIMESTAMP and TIMESTAMP_LTZ with default precision 6 and
 * maximum 9, TIME up to precision 9.
 */
public final class EddyTypeSystem extends RelDataTypeSystemImpl {

  /** The shared instance; the type system has no state. */
  public static final EddyTypeSystem INSTANCE = new EddyTypeSystem();

  /** Longest character or binary string. */
  public static final int MAX_STRING_LENGTH = Integer.MAX_VALUE;
  /** Largest DECIMAL precision and scale. */
  public static final int MAX_DECIMAL_PRECISION = 38;
  /** Default TIMESTAMP and TIMESTAMP_LTZ precision. */
  public static final int DEFAULT_TIMESTAMP_PRECISION = 6;
  /** Largest TIME, TIMESTAMP and TIMESTAMP_LTZ precision. */
  public static final int MAX_TIMESTAMP_PRECISION = 9;

  private EddyTypeSystem() {
  }

  @Override
  public int getDefaultPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case VARCHAR, VARBINARY -> MAX_STRING_LENGTH;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> DEFAULT_TIMESTAMP_PRECISION;
      case TIME -> 0;
      case DECIMAL -> 10;
      default -> super.getDefaultPrecision(typeName);
    };
  }

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case VARCHAR, CHAR, VARBINARY, BINARY -> MAX_STRING_LENGTH;
      case TIME, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> MAX_TIMESTAMP_PRECISION;
      case DECIMAL -> MAX_DECIMAL_PRECISION;
      default -> super.getMaxPrecision(typeName);
    };
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxScale(typeName);
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
