package io.eddy.planner.types;

import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.BasicSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A TIMESTAMP(3) or TIMESTAMP_LTZ(3) column that is a time attribute: event time (the column a
 * WATERMARK is declared for, printed {@code *ROWTIME*}) or processing time ({@code *PROCTIME*}).
 * It behaves as the plain timestamp in expressions; window table functions require it.
 */
public final class TimeIndicatorType extends BasicSqlType {

  private final boolean eventTime;

  TimeIndicatorType(RelDataTypeSystem typeSystem, SqlTypeName typeName, int precision,
      boolean nullable, boolean eventTime) {
    super(typeSystem, typeName, nullable, precision);
    this.eventTime = eventTime;
    computeDigest();
  }

  /** Whether this is an event-time (rowtime) attribute rather than a processing-time one. */
  public boolean isEventTime() {
    return eventTime;
  }

  @Override
  public TimeIndicatorType createWithNullability(boolean nullable) {
    return nullable == isNullable() ? this
        : new TimeIndicatorType(typeSystem, getSqlTypeName(), getPrecision(), nullable, eventTime);
  }

  @Override
  protected void generateTypeString(StringBuilder builder, boolean withDetail) {
    super.generateTypeString(builder, withDetail);
    builder.append(eventTime ? " *ROWTIME*" : " *PROCTIME*");
  }
}
