package io.eddy.catalog.types;

/** BINARY(n): fixed-length byte string, length 1..2147483647, default 1. */
public record BinaryType(int length, boolean nullable) implements DataType {

  public static final int MAX_LENGTH = Integer.MAX_VALUE;
  public static final int DEFAULT_LENGTH = 1;

  public BinaryType {
    TypeChecks.checkRange("BINARY", "length", length, 1, MAX_LENGTH);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.BINARY;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new BinaryType(length, nullable);
  }

  @Override
  public String sqlName() {
    return "BINARY(" + length + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
