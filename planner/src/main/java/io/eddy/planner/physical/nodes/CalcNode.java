package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.planner.physical.ExpressionPrinter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operators.CalcOperator;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * A filter and the projections after it, run as one generated method per row (Flink's Calc).
 * Rows keep their change kind, so a Calc passes changelogs through.
 */
public final class CalcNode extends PhysicalNode {

  private final List<RexNode> projects;
  private final Optional<RexNode> condition;

  /**
   * @param rowType the produced row
   * @param projects one expression over the input row per produced field
   * @param condition the filter over the input row, if any
   */
  public CalcNode(PhysicalNode input, RelDataType rowType, List<RexNode> projects,
      Optional<RexNode> condition) {
    super(rowType, List.of(input), input.changelogMode());
    this.projects = List.copyOf(requireNonNull(projects, "projects is null"));
    this.condition = requireNonNull(condition, "condition is null");
    if (projects.size() != rowType.getFieldCount()) {
      throw new IllegalArgumentException(projects.size() + " projections for " + rowType);
    }
  }

  /** The projections, over the input row. */
  public List<RexNode> projects() {
    return projects;
  }

  /** The filter, over the input row. */
  public Optional<RexNode> condition() {
    return condition;
  }

  @Override
  public String name() {
    return "Calc";
  }

  @Override
  public String attributes() {
    List<String> inputNames = input().rowType().getFieldNames();
    String text = "select=[" + ExpressionPrinter.printProjection(projects, inputNames,
        rowType().getFieldNames()) + "]";
    return condition.map(where -> text + ", where=[" + ExpressionPrinter.print(where, inputNames)
        + "]").orElse(text);
  }

  /** A projection passes on whether its consumers read -U; a filter always reads them (FLINK-9528). */
  @Override
  public boolean readsUpdateBefore(boolean outputUpdateBeforeRead) {
    return outputUpdateBeforeRead || condition.isPresent();
  }

  @Override
  public boolean passesRowKinds() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema output = rowSchema();
    int[] fields = plainFields();
    if (fields != null && passesRowsAsTheyAre(fields, output, context)) {
      // Nothing to compute: the consumers take the input's rows (only the field names differ).
      return context.translate(input());
    }
    if (fields != null) {
      GeneratedCode<RowTransform> projection = context.codeGenerator().fieldProjection("Fields",
          input().rowSchema(), fields, output);
      return context.addOperator(this, () -> new CalcOperator(projection.newInstance()));
    }
    GeneratedCode<RowTransform> code = context.codeGenerator().calc("Calc",
        input().rowType(), projects, condition.orElse(null), output);
    return context.addOperator(this, () -> new CalcOperator(code.newInstance()));
  }

  /**
   * The input fields when the Calc only picks fields and filters nothing, else null. A cast that
   * leaves a value as it is counts as picking the field: Flink's planner writes one where a time
   * attribute becomes a plain TIMESTAMP, or a NOT NULL column a nullable one.
   */
  private int[] plainFields() {
    if (condition.isPresent()) {
      return null;
    }
    int[] fields = new int[projects.size()];
    for (int i = 0; i < fields.length; i++) {
      RexNode project = projects.get(i);
      if (project.isA(SqlKind.CAST) && keepsValue(((RexCall) project).getOperands().get(0).getType(), project.getType())) {
        project = ((RexCall) project).getOperands().get(0);
      }
      if (!(project instanceof RexInputRef reference)) {
        return null;
      }
      fields[i] = reference.getIndex();
    }
    return fields;
  }

  /** Whether a cast from {@code from} to {@code to} gives back its operand: the same scalar type, NOT NULL only from NOT NULL. */
  private static boolean keepsValue(RelDataType from, RelDataType to) {
    return from.getSqlTypeName() == to.getSqlTypeName() && from.getPrecision() == to.getPrecision()
        && from.getScale() == to.getScale() && (to.isNullable() || !from.isNullable())
        && !from.isStruct() && from.getComponentType() == null && from.getKeyType() == null;
  }

  /** Whether the projection is every input field in order, each of the same type, at the input's parallelism. */
  private boolean passesRowsAsTheyAre(int[] fields, RowSchema output, TranslationContext context) {
    RowSchema inputSchema = input().rowSchema();
    if (fields.length != inputSchema.arity() || context.parallelism(this) != context.parallelism(input())) {
      return false;
    }
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] != i || !inputSchema.type(i).equals(output.type(i))) {
        return false;
      }
    }
    return true;
  }
}
