package io.eddy.catalog.types;

/** TIME(p): time of day, precision 0..9, default 0. */
public record TimeType(int precision, boolean nullable) implements DataType {

  public static final int MAX_PRECISION = 9;
  public static final int DEFAULT_PRECISION = 0;

  public TimeType {
    TypeChecks.checkRange("TIME", "precision", precision, 0, MAX_PRECISION);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.TIME;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new TimeType(precision, nullable);
  }

  @Override
  public String sqlName() {
    return "TIME(" + precision + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
