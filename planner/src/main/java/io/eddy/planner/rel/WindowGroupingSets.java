package io.eddy.planner.rel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Grouping sets in a window aggregation ({@code GROUP BY window_start, window_end, GROUPING SETS
 * ((a), ())}): the Expand goes under the window table function, so each expanded row is assigned
 * to its windows and the aggregate above stays a window aggregate keyed by the window, the group
 * columns and {@code $e}. The window's columns must be grouped in every set.
 *
 * <p>The plan becomes: projection ← aggregate ← projection ← window function ← Expand ←
 * projection of the table's fields the window function reads (its time column), the window-free
 * expressions the aggregate reads, and one more copy of each group key that some set nulls.
 */
final class WindowGroupingSets {

  private WindowGroupingSets() {
  }

  /** Whether the aggregate reads a window table function (through at most one projection). */
  static boolean isOverWindow(Aggregate aggregate) {
    return scan(aggregate) != null;
  }

  private static TableFunctionScan scan(Aggregate aggregate) {
    RelNode below = aggregate.getInput().stripped();
    if (below instanceof Project project) {
      below = project.getInput().stripped();
    }
    return below instanceof TableFunctionScan scan && scan.getInputs().size() == 1 ? scan : null;
  }

  /** The rewritten aggregate, or null when it cannot be planned as a window aggregate. */
  static RelNode decompose(Aggregate aggregate) {
    TableFunctionScan scan = scan(aggregate);
    RexBuilder rex = aggregate.getCluster().getRexBuilder();
    RelNode below = aggregate.getInput().stripped();
    List<RexNode> projects = below instanceof Project project ? project.getProjects()
        : rex.identityProjects(scan.getRowType());
    List<String> projectNames = aggregate.getInput().getRowType().getFieldNames();
    RelNode table = scan.getInputs().get(0);
    int tableFields = table.getRowType().getFieldCount();
    ImmutableBitSet windowColumns = ImmutableBitSet.range(tableFields,
        scan.getRowType().getFieldCount());
    GroupingSetsRewrite rewrite = new GroupingSetsRewrite(aggregate);
    ImmutableBitSet nulledKeys = rewrite.nulledKeys();
    for (int key : nulledKeys) {
      if (RelOptUtil.InputFinder.bits(projects.get(key)).intersects(windowColumns)) {
        return null;
      }
    }

    // The table's fields the window function and the window expressions read, then the
    // window-free expressions, then a copy of each nulled key.
    RexCall call = (RexCall) scan.getCall();
    ImmutableBitSet.Builder read = ImmutableBitSet.builder()
        .addAll(RelOptUtil.InputFinder.bits(call));
    for (RexNode project : projects) {
      ImmutableBitSet fields = RelOptUtil.InputFinder.bits(project);
      if (fields.intersects(windowColumns)) {
        read.addAll(fields.except(windowColumns));
      }
    }
    int[] tablePosition = new int[tableFields];
    List<RexNode> lower = new ArrayList<>();
    List<String> lowerNames = new ArrayList<>();
    for (int field : read.build()) {
      tablePosition[field] = lower.size();
      lower.add(rex.makeInputRef(table, field));
      lowerNames.add(table.getRowType().getFieldNames().get(field));
    }
    Map<Integer, Integer> values = new HashMap<>();
    for (int j = 0; j < projects.size(); j++) {
      if (!RelOptUtil.InputFinder.bits(projects.get(j)).intersects(windowColumns)) {
        values.put(j, lower.size());
        lower.add(projects.get(j));
        lowerNames.add(projectNames.get(j));
      }
    }
    Map<Integer, Integer> keyColumns = new HashMap<>();
    for (int key : nulledKeys) {
      keyColumns.put(key, lower.size());
      lower.add(projects.get(key));
      lowerNames.add(projectNames.get(key));
    }
    RelNode lowerProject = LogicalProject.create(table, List.of(), lower,
        SqlValidatorUtil.uniquify(lowerNames, true), Set.of());
    LogicalExpand expand = rewrite.expand(lowerProject, keyColumns, List.of());

    int expandFields = expand.getRowType().getFieldCount();
    RelDataTypeFactory.Builder scanType = aggregate.getCluster().getTypeFactory().builder();
    scanType.addAll(expand.getRowType().getFieldList());
    for (int w : windowColumns) {
      RelDataTypeField field = scan.getRowType().getFieldList().get(w);
      scanType.add(field.getName(), field.getType());
    }
    RelDataType windowedType = scanType.uniquify().build();
    RexShuttle moveTableFields = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return new RexInputRef(tablePosition[reference.getIndex()], reference.getType());
      }
    };
    RelNode windowed = scan.copy(scan.getTraitSet(), List.of(expand),
        rex.makeCall(windowedType, call.getOperator(), moveTableFields.apply(
            call.getOperands())),
        scan.getElementType(), windowedType, scan.getColumnMappings());

    RexShuttle moveWindowColumns = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        int index = reference.getIndex();
        return index < tableFields
            ? new RexInputRef(tablePosition[index], reference.getType())
            : new RexInputRef(index - tableFields + expandFields, reference.getType());
      }
    };
    List<RexNode> upper = new ArrayList<>();
    for (int j = 0; j < projects.size(); j++) {
      upper.add(keyColumns.containsKey(j) ? rex.makeInputRef(windowed, keyColumns.get(j))
          : values.containsKey(j) ? rex.makeInputRef(windowed, values.get(j))
          : projects.get(j).accept(moveWindowColumns));
    }
    List<String> upperNames = new ArrayList<>(projectNames);
    int idField = upper.size();
    upper.add(rex.makeInputRef(windowed, expand.groupingIdIndex()));
    upperNames.add(LogicalExpand.GROUPING_ID_FIELD);
    Map<Integer, Integer> argumentCopies = new HashMap<>();
    for (int argument : nulledKeys.intersect(rewrite.callArguments())) {
      argumentCopies.put(argument, upper.size());
      upper.add(rex.makeInputRef(windowed, values.get(argument)));
      upperNames.add(projectNames.get(argument));
    }
    RelNode upperProject = LogicalProject.create(windowed, List.of(), upper,
        SqlValidatorUtil.uniquify(upperNames, true), Set.of());
    return rewrite.aggregate(upperProject, aggregate.getGroupSet().asList(), idField,
        field -> argumentCopies.getOrDefault(field, field));
  }
}
