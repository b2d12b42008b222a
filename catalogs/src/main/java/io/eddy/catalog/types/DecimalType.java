package io.eddy.catalog.types;

/** DECIMAL(p, s): precision 1..38, scale 0..p; DECIMAL alone is DECIMAL(10, 0). */
public record DecimalType(int precision, int scale, boolean nullable) implements DataType {

  public static final int MAX_PRECISION = 38;
  public static final int DEFAULT_PRECISION = 10;
  public static final int DEFAULT_SCALE = 0;

  public DecimalType {
    TypeChecks.checkRange("DECIMAL", "precision", precision, 1, MAX_PRECISION);
    TypeChecks.checkRange("DECIMAL", "scale", scale, 0, precision);
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.DECIMAL;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new DecimalType(precision, scale, nullable);
  }

  @Override
  public String sqlName() {
    return "DECIMAL(" + precision + ", " + scale + ")";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
