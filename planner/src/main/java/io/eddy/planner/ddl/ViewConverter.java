package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogView;
import io.eddy.catalog.Column;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.RowType;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.ValidatedQuery;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.QueryValidator;
import io.eddy.planner.validate.SqlText;
import io.eddy.planner.validate.ValidationErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.sql.SqlKind;

/**
 * CREATE VIEW to a {@link CatalogView}: the query is validated, its text kept as written and
 * expanded (every name fully qualified, so the view means the same from any current catalog),
 * and the schema is the query's row, renamed by the optional column list.
 */
public final class ViewConverter {

  private final PlanningContext context;

  /** Creates a converter working in a statement's context. */
  public ViewConverter(PlanningContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** The view the statement creates. */
  public CatalogView convert(SqlCreateView create) {
    if (!create.query().getKind().belongsTo(SqlKind.QUERY)) {
      throw ValidationErrors.at(create.query().getParserPosition(), Category.VALIDATION,
          "A view is defined by a query, not by " + create.query().getKind().sql);
    }
    String original = SqlText.of(create.query());
    ValidatedQuery validated = new QueryValidator(context).validate(create.query());
    String expanded = SqlText.of(validated.validated());
    RowType row = validated.rowType();
    List<String> names = create.columnNames().isEmpty() ? row.fieldNames() : create.columnNames();
    if (names.size() != row.fields().size()) {
      throw ValidationErrors.at(create.getParserPosition(), Category.VALIDATION,
          "The view lists " + names.size() + " column names, but its query produces "
              + row.fields().size() + " columns");
    }
    Set<String> seen = new HashSet<>();
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(names.get(i))) {
        throw ValidationErrors.at(create.getParserPosition(), Category.VALIDATION,
            "The view has two columns named '" + names.get(i) + "'");
      }
      columns.add(Column.physical(names.get(i), row.fields().get(i).type()));
    }
    return new CatalogView(TableSchema.of(columns), original, expanded,
        Optional.ofNullable(create.comment()));
  }
}
