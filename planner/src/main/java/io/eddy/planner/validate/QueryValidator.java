package io.eddy.planner.validate;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.RowType;
import io.eddy.planner.ValidatedQuery;
import java.util.Optional;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * Validates a query (SELECT, set operations, VALUES, ORDER BY) or an INSERT against the catalogs
 * and reports the result row as catalog types.
 */
public final class QueryValidator {

  private final PlanningContext context;

  /** Creates a validator that works within a statement's context. */
  public QueryValidator(PlanningContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** Validates the statement; an INSERT reports its target and the query's row. */
  public ValidatedQuery validate(SqlNode statement) {
    UnsupportedSyntax.check(statement);
    if (statement instanceof SqlInsert insert) {
      SqlNode source = context.validate(insert.getSource());
      insert.setOperand(2, source);
      RowType row = InsertValidator.rowType(context, source);
      InsertTarget target = new InsertValidator(context).validate(insert, source, row);
      return new ValidatedQuery(insert, row, Optional.of(target.identifier()));
    }
    if (!statement.getKind().belongsTo(SqlKind.QUERY)) {
      throw ValidationErrors.unsupported(statement.getParserPosition(),
          "Planning a " + statement.getKind().sql + " statement as a query");
    }
    SqlNode validated = context.validate(statement);
    return new ValidatedQuery(validated, InsertValidator.rowType(context, validated),
        Optional.empty());
  }

  /** The INSERT's target, for a statement already validated by {@link #validate}. */
  public InsertTarget insertTarget(SqlInsert insert) {
    SqlNode source = insert.getSource();
    return new InsertValidator(context).validate(insert, source,
        InsertValidator.rowType(context, source));
  }
}
