package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

/**
 * TIMESTAMP(p) (without time zone) or TIMESTAMP_LTZ(p) (with local time zone): precision 0..9,
 * default 6, optionally marked as a {@link TimeAttribute}.
 */
public record TimestampType(int precision, boolean localTimeZone, TimeAttribute timeAttribute,
    boolean nullable) implements DataType {

  public static final int MAX_PRECISION = 9;
  public static final int DEFAULT_PRECISION = 6;

  public TimestampType {
    TypeChecks.checkRange(localTimeZone ? "TIMESTAMP_LTZ" : "TIMESTAMP", "precision", precision,
        0, MAX_PRECISION);
    requireNonNull(timeAttribute, "timeAttribute is null");
  }

  @Override
  public TypeRoot root() {
    return localTimeZone ? TypeRoot.TIMESTAMP_LTZ : TypeRoot.TIMESTAMP;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new TimestampType(precision, localTimeZone, timeAttribute, nullable);
  }

  /** A copy carrying the given time attribute marker. */
  public TimestampType withTimeAttribute(TimeAttribute attribute) {
    return new TimestampType(precision, localTimeZone, attribute, nullable);
  }

  @Override
  public String sqlName() {
    return (localTimeZone ? "TIMESTAMP_LTZ(" : "TIMESTAMP(") + precision + ")";
  }

  @Override
  public String asSummaryString() {
    return asSerializableString() + timeAttribute.marker();
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
