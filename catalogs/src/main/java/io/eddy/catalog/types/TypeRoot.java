package io.eddy.catalog.types;

/** The kinds of {@link DataType}, one per SQL type family member. */
public enum TypeRoot {
  TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL, BOOLEAN, CHAR, VARCHAR, BINARY,
  VARBINARY, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ, ARRAY, MAP, MULTISET, ROW;

  /** Whether values of this kind are numbers. */
  public boolean isNumeric() {
    return switch (this) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  /** Whether values of this kind are character strings. */
  public boolean isCharacterString() {
    return this == CHAR || this == VARCHAR;
  }
}
