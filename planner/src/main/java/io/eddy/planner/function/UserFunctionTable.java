package io.eddy.planner.function;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.PlannerException;
import io.eddy.planner.schema.ObjectLookup;
import io.eddy.planner.validate.EddyOperatorTable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlNameMatcher;

/**
 * The functions one statement can call, in Flink's order of precedence: temporary system
 * functions, then the built-in functions ({@link EddyOperatorTable}), then temporary and
 * permanent catalog functions, named by their simple name (in the current catalog and database)
 * or qualified as {@code db.f} or {@code cat.db.f}. A function's class is loaded and checked
 * once per statement.
 */
public final class UserFunctionTable implements SqlOperatorTable {

  private final ObjectLookup objects;
  private final Map<List<String>, SqlOperator> resolved = new HashMap<>();

  /** The functions of {@code objects} and the built-in ones. */
  public UserFunctionTable(ObjectLookup objects) {
    this.objects = requireNonNull(objects, "objects is null");
  }

  @Override
  public void lookupOperatorOverloads(SqlIdentifier name, SqlFunctionCategory category,
      SqlSyntax syntax, List<SqlOperator> operators, SqlNameMatcher nameMatcher) {
    if (syntax.family == SqlSyntax.FUNCTION && name.isSimple()) {
      Optional<CatalogFunction> system = objects.systemFunction(name.getSimple());
      if (system.isPresent()) {
        operators.add(operator(List.of(lower(name.getSimple())), name.getSimple(), system.get()));
        return;
      }
    }
    EddyOperatorTable.instance().lookupOperatorOverloads(name, category, syntax, operators,
        nameMatcher);
    if (!operators.isEmpty() || syntax.family != SqlSyntax.FUNCTION || name.names.size() > 3
        || name.names.stream().anyMatch(String::isEmpty)) {
      return;
    }
    ObjectIdentifier id = qualify(name.names);
    objects.function(id).ifPresent(function -> operators.add(operator(
        List.of(id.catalogName(), id.databaseName(), lower(id.objectName())),
        String.join(".", name.names), function)));
  }

  @Override
  public List<SqlOperator> getOperatorList() {
    return EddyOperatorTable.instance().getOperatorList();
  }

  private ObjectIdentifier qualify(List<String> names) {
    return switch (names.size()) {
      case 1 -> new ObjectIdentifier(objects.currentCatalog(), objects.currentDatabase(),
          names.get(0));
      case 2 -> new ObjectIdentifier(objects.currentCatalog(), names.get(0), names.get(1));
      default -> new ObjectIdentifier(names.get(0), names.get(1), names.get(2));
    };
  }

  private SqlOperator operator(List<String> key, String displayName, CatalogFunction function) {
    return resolved.computeIfAbsent(key, names -> {
      ScalarFunctionDefinition definition;
      try {
        definition = FunctionClasses.scalarFunction(function.className());
      } catch (InvalidFunctionException e) {
        throw new PlannerException(PlannerException.Category.VALIDATION, "Function '"
            + displayName + "' cannot be used: " + e.getMessage(), 0, 0, e.hint());
      }
      return new UserScalarFunction(new SqlIdentifier(names, SqlParserPos.ZERO), displayName,
          definition);
    });
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
