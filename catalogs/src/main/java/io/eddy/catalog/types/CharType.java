package io.eddy.catalog.types;

/** CHAR(n): fixed-length character string, length 1..2147483647, default 1. */
public record CharType(int length, boolean nullable) implements DataType {

  public static final int MAX_LENGTH = Integer.MAX_VALUE;
  public static final int DEFAULT_LENGTH = 1;

  public CharType {
    TypeChecks.checkRange("CHAR", "length", length, 1, MAX_LENGTH);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.CHAR;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new CharType(length, nullable);
  }

  @Override
  public String sqlName() {
    return "CHAR(" + length + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
