package io.eddy.planner.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlWindowTableFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * The functions and operators the validator knows: Calcite's standard ones with Flink's window
 * table functions (TUMBLE, HOP, CUMULATE, SESSION) in place of Calcite's, PROCTIME() and the
 * {@link FlinkFunctions}. Function names are
 * case-insensitive, as in Flink, whatever the case rules of other names.
 */
public final class EddyOperatorTable implements SqlOperatorTable {

  private static final EddyOperatorTable INSTANCE = new EddyOperatorTable();

  private static final Map<String, SqlOperator> EDDY_FUNCTIONS = eddyFunctions();

  private static Map<String, SqlOperator> eddyFunctions() {
    Map<String, SqlOperator> functions = new LinkedHashMap<>();
    for (SqlOperator operator : List.of(WindowTableFunction.TUMBLE, WindowTableFunction.HOP,
        WindowTableFunction.CUMULATE, WindowTableFunction.SESSION, ProctimeFunction.INSTANCE)) {
      functions.put(operator.getName(), operator);
    }
    FlinkFunctions.ALL.forEach(function -> functions.put(function.getName(), function));
    GroupWindowEnds.ALL.forEach(function -> functions.put(function.getName(), function));
    FirstLastValueFunctions.ALL.forEach(function -> functions.put(function.getName(), function));
    return Map.copyOf(functions);
  }

  private EddyOperatorTable() {
  }

  /** The shared operator table; it is immutable. */
  public static SqlOperatorTable instance() {
    return INSTANCE;
  }

  @Override
  public void lookupOperatorOverloads(SqlIdentifier name, SqlFunctionCategory category,
      SqlSyntax syntax, List<SqlOperator> operators, SqlNameMatcher nameMatcher) {
    if (name.isSimple() && syntax.family == SqlSyntax.FUNCTION) {
      SqlOperator eddy = EDDY_FUNCTIONS.get(name.getSimple().toUpperCase(Locale.ROOT));
      if (eddy != null) {
        operators.add(eddy);
        return;
      }
    }
    SqlStdOperatorTable.instance().lookupOperatorOverloads(name, category, syntax, operators,
        SqlNameMatchers.withCaseSensitive(false));
  }

  @Override
  public List<SqlOperator> getOperatorList() {
    List<SqlOperator> operators = new ArrayList<>(EDDY_FUNCTIONS.values());
    for (SqlOperator operator : SqlStdOperatorTable.instance().getOperatorList()) {
      if (!(operator instanceof SqlWindowTableFunction)) {
        operators.add(operator);
      }
    }
    return operators;
  }
}
