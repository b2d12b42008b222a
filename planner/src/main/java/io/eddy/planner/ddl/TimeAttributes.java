package io.eddy.planner.ddl;

import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimestampType;

/** Drops time attribute markers where a query's columns become a new table's stored columns. */
final class TimeAttributes {

  private TimeAttributes() {
  }

  /** The type without a ROWTIME/PROCTIME marker. */
  static DataType removed(DataType type) {
    return type instanceof TimestampType timestamp
        ? timestamp.withTimeAttribute(TimeAttribute.NONE) : type;
  }
}
