package io.eddy.planner.function;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.types.TypeNames;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * A user-defined scalar function as the validator sees it: the call's arguments pick an
 * {@code eval} overload ({@link ArgumentFit}), which gives the result type; a call no overload
 * accepts fails with one line naming the function, the argument types and the signatures it
 * has. Nondeterministic functions say so, so the planner never folds or merges their calls.
 */
public final class UserScalarFunction extends SqlFunction {

  private final String displayName;
  private final ScalarFunctionDefinition definition;

  /**
   * @param identifier the name the function is registered under (resolution looks it up again)
   * @param displayName the name in messages, as the user wrote it
   * @param definition the class and its overloads
   */
  public UserScalarFunction(SqlIdentifier identifier, String displayName,
      ScalarFunctionDefinition definition) {
    super(identifier.names.get(identifier.names.size() - 1), identifier, SqlKind.OTHER_FUNCTION,
        null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
    this.displayName = requireNonNull(displayName, "displayName is null");
    this.definition = requireNonNull(definition, "definition is null");
  }

  /** The class and its overloads. */
  public ScalarFunctionDefinition definition() {
    return definition;
  }

  /** The overload a call with these argument types invokes. */
  public EvalMethod eval(List<RelDataType> argumentTypes) {
    return ArgumentFit.best(definition.evals(), argumentTypes).orElseThrow(
        () -> new IllegalStateException(displayName + " was validated with other arguments"));
  }

  @Override
  public SqlOperandCountRange getOperandCountRange() {
    return SqlOperandCountRanges.any();
  }

  @Override
  public SqlOperandTypeChecker getOperandTypeChecker() {
    return null;
  }

  @Override
  public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
    List<RelDataType> types = binding.collectOperandTypes();
    if (ArgumentFit.best(definition.evals(), types).isPresent()) {
      return true;
    }
    if (!throwOnFailure) {
      return false;
    }
    String message = "Function '" + displayName + "' does not accept arguments ("
        + types.stream().map(type -> TypeNames.flinkSpelling(type.toString()))
            .collect(Collectors.joining(", ")) + "); it has "
        + definition.evals().stream().map(eval -> eval.signature(displayName))
            .collect(Collectors.joining(", "));
    SqlParserPos position = binding.getCall().getParserPosition();
    throw new CalciteContextException(message, new SqlValidatorException(message, null),
        position.getLineNum(), position.getColumnNum(), position.getEndLineNum(),
        position.getEndColumnNum());
  }

  @Override
  public RelDataType inferReturnType(SqlOperatorBinding binding) {
    List<RelDataType> types = binding.collectOperandTypes();
    EvalMethod eval = eval(types);
    boolean nullable = !eval.primitiveResult();
    for (int i = 0; i < types.size() && !nullable; i++) {
      nullable = eval.primitiveParameter(i) && types.get(i).isNullable();
    }
    RelDataTypeFactory factory = binding.getTypeFactory();
    return eval.result().sqlType(factory, nullable);
  }

  @Override
  public boolean isDeterministic() {
    return definition.deterministic();
  }

  @Override
  public SqlSyntax getSyntax() {
    return SqlSyntax.FUNCTION;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserScalarFunction function
        && function.names().equals(names())
        && function.definition.functionClass().equals(definition.functionClass());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getName(), definition.functionClass());
  }

  private List<String> names() {
    SqlIdentifier identifier = getSqlIdentifier();
    return identifier == null ? List.of(getName()) : identifier.names;
  }
}
