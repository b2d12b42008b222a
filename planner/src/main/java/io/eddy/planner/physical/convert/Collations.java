package io.eddy.planner.physical.convert;

import io.eddy.planner.types.TimeIndicatorType;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import java.util.List;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.type.RelDataType;

/** Calcite's sort orders as the ranking operators' {@link SortSpec}s, with Flink's null order. */
final class Collations {

  private Collations() {
  }

  /** The sort spec of {@code fields}. */
  static SortSpec sortSpec(List<RelFieldCollation> fields) {
    return new SortSpec(fields.stream().map(Collations::sortField).toList());
  }

  /** The sort spec of {@code fields} after input field {@code i} moved to {@code positions[i]}. */
  static SortSpec sortSpec(List<RelFieldCollation> fields, int[] positions) {
    return new SortSpec(fields.stream().map(Collations::sortField)
        .map(f -> new SortField(positions[f.index()], f.ascending(), f.nullsFirst())).toList());
  }

  /** One field: ASC puts nulls first and DESC last unless the query says otherwise. */
  static SortField sortField(RelFieldCollation field) {
    boolean ascending = !field.getDirection().isDescending();
    boolean nullsFirst = switch (field.nullDirection) {
      case FIRST -> true;
      case LAST -> false;
      default -> ascending;
    };
    return new SortField(field.getFieldIndex(), ascending, nullsFirst);
  }

  /** Whether {@code type} is an event-time attribute. */
  static boolean isRowtime(RelDataType type) {
    return type instanceof TimeIndicatorType time && time.isEventTime();
  }

  /** Whether {@code type} is a processing-time attribute. */
  static boolean isProctime(RelDataType type) {
    return type instanceof TimeIndicatorType time && !time.isEventTime();
  }
}
