package io.eddy.planner;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.types.RowType;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/**
 * A query or INSERT checked against the catalogs: the validated tree, the row it produces (as
 * catalog types, time attributes marked) and, for an INSERT, the table written to.
 */
public record ValidatedQuery(SqlNode validated, RowType rowType,
    Optional<ObjectIdentifier> insertTarget) {

  public ValidatedQuery {
    requireNonNull(validated, "validated is null");
    requireNonNull(rowType, "rowType is null");
    requireNonNull(insertTarget, "insertTarget is null");
  }

  /** The names of the result columns in order. */
  public List<String> columnNames() {
    return rowType.fieldNames();
  }

  @Override
  public String toString() {
    return "ValidatedQuery[" + rowType.asSummaryString()
        + insertTarget.map(t -> " into " + t.asSerializableString()).orElse("") + "]";
  }
}
