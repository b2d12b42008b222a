package io.eddy.catalog.types;

/** VARCHAR(n): length 1..2147483647, default 1; STRING is VARCHAR(2147483647). */
public record VarCharType(int length, boolean nullable) implements DataType {

  public static final int MAX_LENGTH = Integer.MAX_VALUE;
  public static final int DEFAULT_LENGTH = 1;

  public VarCharType {
    TypeChecks.checkRange("VARCHAR", "length", length, 1, MAX_LENGTH);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.VARCHAR;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new VarCharType(length, nullable);
  }

  @Override
  public String sqlName() {
    return length == MAX_LENGTH ? "STRING" : "VARCHAR(" + length + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
