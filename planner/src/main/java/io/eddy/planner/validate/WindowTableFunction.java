package io.eddy.planner.validate;

import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.TimeIndicatorType;
import io.eddy.planner.types.TypeNames;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlWindowTableFunction;
import org.apache.calcite.sql.TableCharacteristic;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Flink's window table-valued functions TUMBLE, HOP, CUMULATE and SESSION: the input table's
 * columns followed by {@code window_start}, {@code window_end} (TIMESTAMP(3) or TIMESTAMP_LTZ(3),
 * NOT NULL) and {@code window_time}, the time attribute of the window. The DESCRIPTOR column must
 * be a time attribute: a column with a WATERMARK or a PROCTIME() column.
 */
public final class WindowTableFunction extends SqlWindowTableFunction {

  /** TUMBLE(TABLE data, DESCRIPTOR(timecol), size [, offset]). */
  public static final WindowTableFunction TUMBLE = new WindowTableFunction("TUMBLE",
      List.of("DATA", "TIMECOL", "SIZE", "OFFSET"), 3, false);
  /** HOP(TABLE data, DESCRIPTOR(timecol), slide, size [, offset]). */
  public static final WindowTableFunction HOP = new WindowTableFunction("HOP",
      List.of("DATA", "TIMECOL", "SLIDE", "SIZE", "OFFSET"), 4, false);
  /** CUMULATE(TABLE data, DESCRIPTOR(timecol), step, size [, offset]). */
  public static final WindowTableFunction CUMULATE = new WindowTableFunction("CUMULATE",
      List.of("DATA", "TIMECOL", "STEP", "SIZE", "OFFSET"), 4, false);
  /** SESSION(TABLE data [PARTITION BY keys], DESCRIPTOR(timecol), gap). */
  public static final WindowTableFunction SESSION = new WindowTableFunction("SESSION",
      List.of("DATA", "TIMECOL", "GAP"), 3, true);

  private final boolean setSemantics;

  private WindowTableFunction(String name, List<String> parameters, int mandatory,
      boolean setSemantics) {
    super(name, new Operands(name, parameters, mandatory));
    this.setSemantics = setSemantics;
  }

  @Override
  public SqlReturnTypeInference getRowTypeInference() {
    return WindowTableFunction::inferRowType;
  }

  @Override
  public TableCharacteristic tableCharacteristic(int ordinal) {
    if (ordinal != 0) {
      return null;
    }
    TableCharacteristic.Semantics semantics = setSemantics ? TableCharacteristic.Semantics.SET
        : TableCharacteristic.Semantics.ROW;
    return TableCharacteristic.builder(semantics).passColumnsThrough().pruneIfEmpty().build();
  }

  private static RelDataType inferRowType(SqlOperatorBinding binding) {
    RelDataType input = binding.getOperandType(0);
    RelDataType timeType = timeColumnType(binding);
    RelDataTypeFactory factory = binding.getTypeFactory();
    boolean localTimeZone = timeType != null
        && timeType.getSqlTypeName() == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
    RelDataType bound = factory.createSqlType(
        localTimeZone ? SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE : SqlTypeName.TIMESTAMP, 3);
    RelDataType windowTime = bound;
    if (timeType instanceof TimeIndicatorType indicator && factory instanceof EddyTypeFactory eddy) {
      windowTime = eddy.createTimeIndicatorType(localTimeZone, 3, indicator.isEventTime(), false);
    }
    return factory.builder()
        .kind(input.getStructKind())
        .addAll(input.getFieldList())
        .add("window_start", bound)
        .add("window_end", bound)
        .add("window_time", windowTime)
        .build();
  }

  private static RelDataType timeColumnType(SqlOperatorBinding binding) {
    if (!(binding instanceof SqlCallBinding call)) {
      return null;
    }
    RelDataType input = call.getValidator().getValidatedNodeType(call.operand(0));
    RelDataTypeField field = descriptorField(call, input);
    return field == null ? null : field.getType();
  }

  private static RelDataTypeField descriptorField(SqlCallBinding call, RelDataType input) {
    SqlNode descriptor = call.operand(1);
    if (descriptor.getKind() != SqlKind.DESCRIPTOR) {
      return null;
    }
    List<SqlNode> names = ((SqlCall) descriptor).getOperandList();
    if (names.size() != 1 || !(names.get(0) instanceof SqlIdentifier identifier)
        || !identifier.isSimple()) {
      return null;
    }
    return call.getValidator().getCatalogReader().nameMatcher()
        .field(input, identifier.getSimple());
  }

  /** The operand checks shared by the four window functions. */
  private static final class Operands implements SqlOperandMetadata {

    private final String name;
    private final List<String> parameters;
    private final int mandatory;

    Operands(String name, List<String> parameters, int mandatory) {
      this.name = name;
      this.parameters = List.copyOf(parameters);
      this.mandatory = mandatory;
    }

    @Override
    public List<RelDataType> paramTypes(RelDataTypeFactory factory) {
      return parameters.stream().map(p -> factory.createSqlType(SqlTypeName.ANY)).toList();
    }

    @Override
    public List<String> paramNames() {
      return parameters;
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
      return SqlOperandCountRanges.between(mandatory, parameters.size());
    }

    @Override
    public boolean isOptional(int ordinal) {
      return ordinal >= mandatory;
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding call, boolean throwOnFailure) {
      RelDataType input = call.getValidator().getValidatedNodeType(call.operand(0));
      if (!input.isStruct()) {
        return fail(call, throwOnFailure);
      }
      SqlNode descriptor = call.operand(1);
      if (descriptor.getKind() != SqlKind.DESCRIPTOR) {
        return fail(call, throwOnFailure);
      }
      RelDataTypeField field = descriptorField(call, input);
      if (field == null) {
        throw ValidationErrors.at(descriptor.getParserPosition(), Category.VALIDATION,
            "The DESCRIPTOR of " + name + " must name one column of its input table; columns: "
                + String.join(", ", input.getFieldNames()));
      }
      if (!(field.getType() instanceof TimeIndicatorType)) {
        String type = SqlTypeUtil.isTimestamp(field.getType())
            || field.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE
            ? "a plain " + TypeNames.flinkSpelling(field.getType().getFullTypeString())
            : TypeNames.flinkSpelling(field.getType().getFullTypeString());
 SqlNode column = ((SqlCall) descriptor).operand(0);
        throw ValidationErrors.at(column.getParserPosition(), Category.VALIDATION,
            "The window function " + name + " requires its time column '" + field.getName()
                + "' to be a time attribute, but it is " + type,
            "Declare a WATERMARK for the column, or use a PROCTIME() column.");
      }
      for (int i = 2; i < call.getOperandCount(); i++) {
        if (!SqlTypeUtil.isInterval(call.getOperandType(i))) {
          return fail(call, throwOnFailure);
        }
      }
      return true;
    }

    private boolean fail(SqlCallBinding call, boolean throwOnFailure) {
      if (throwOnFailure) {
        throw ValidationErrors.at(call.getCall().getParserPosition(), Category.VALIDATION,
            "Invalid arguments to " + name + "; expected "
                + getAllowedSignatures(call.getOperator(), name));
      }
      return false;
    }

    @Override
    public String getAllowedSignatures(SqlOperator operator, String opName) {
      StringBuilder text = new StringBuilder(opName).append("(TABLE table_name, DESCRIPTOR(timecol)");
      for (int i = 2; i < parameters.size(); i++) {
        text.append(i >= mandatory ? ", [" : ", ").append("INTERVAL ")
            .append(parameters.get(i).toLowerCase(java.util.Locale.ROOT))
            .append(i >= mandatory ? "]" : "");
      }
      return text.append(')').toString();
    }
  }
}
