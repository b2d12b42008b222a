package io.eddy.catalog.types;

/** VARBINARY(n): length 1..2147483647, default 1; BYTES is VARBINARY(2147483647). */
public record VarBinaryType(int length, boolean nullable) implements DataType {

  public static final int MAX_LENGTH = Integer.MAX_VALUE;
  public static final int DEFAULT_LENGTH = 1;

  public VarBinaryType {
    TypeChecks.checkRange("VARBINARY", "length", length, 1, MAX_LENGTH);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.VARBINARY;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new VarBinaryType(length, nullable);
  }

  @Override
  public String sqlName() {
    return length == MAX_LENGTH ? "BYTES" : "VARBINARY(" + length + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
