package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.CalcNode;
import io.eddy.planner.physical.nodes.WindowAggregateNode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.WindowProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * An aggregate grouped by a window becomes a {@link WindowAggregateNode}: either a window table
 * function's {@code window_start} and {@code window_end} (through a Calc that only passes them
 * through), or a legacy {@code GROUP BY TUMBLE(ts, ...)} / HOP / SESSION key. The Calc between
 * the table and the aggregate is planned below the window aggregate (keeping the time
 * attribute), and a Calc above restores the query's column order.
 */
final class WindowAggregateConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Aggregate aggregate)
        || aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
      return Optional.empty();
    }
    RelNode below = aggregate.getInput();
    List<RexNode> projects;
    RexNode condition = null;
    RelNode source;
    if (below instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      projects = program.getProjectList().stream().map(program::expandLocalRef).toList();
      condition = program.getCondition() == null ? null
          : program.expandLocalRef(program.getCondition());
      source = calc.getInput();
    } else if (below instanceof Project project) {
      projects = project.getProjects();
      source = project.getInput();
    } else {
      projects = below.getCluster().getRexBuilder().identityProjects(below.getRowType());
      source = below;
    }
    Shape shape = new Shape(aggregate, projects, condition);
    int[] keys = aggregate.getGroupSet().toArray();
    if (source instanceof TableFunctionScan scan && scan.getInputs().size() == 1) {
      RelNode table = scan.getInputs().get(0);
      int windowColumns = table.getRowType().getFieldCount();
      Optional<WindowCalls.Window> window = WindowCalls.ofTableFunction(scan.getCall(),
          table.getRowType());
      if (window.isEmpty()) {
        return Optional.empty();
      }
      TreeMap<Integer, WindowProperty> windowKeys = new TreeMap<>();
      for (int k = 0; k < keys.length; k++) {
        if (projects.get(keys[k]) instanceof RexInputRef ref && ref.getIndex() >= windowColumns) {
          windowKeys.put(k, WindowProperty.values()[ref.getIndex() - windowColumns]);
        }
      }
      if (!windowKeys.containsValue(WindowProperty.WINDOW_START)
          || !windowKeys.containsValue(WindowProperty.WINDOW_END)) {
        return Optional.empty();
      }
      return Optional.of(shape.plan(table, windowColumns, window.get(), windowKeys, planner));
    }
    TreeMap<Integer, WindowProperty> windowKeys = new TreeMap<>();
    WindowCalls.Window window = null;
    for (int k = 0; k < keys.length; k++) {
      Optional<WindowCalls.Window> groupWindow = WindowCalls.ofGroupWindow(projects.get(keys[k]),
          source.getRowType());
      if (groupWindow.isPresent()) {
        if (window != null) {
          throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
              "Grouping by more than one group window is not supported");
        }
        window = groupWindow.get();
        windowKeys.put(k, WindowProperty.WINDOW_START);
      }
    }
    return window == null ? Optional.empty() : Optional.of(shape.plan(source,
        source.getRowType().getFieldCount(), window, windowKeys, planner));
  }

  /** The aggregate and the projections and filter under it. */
  private record Shape(Aggregate aggregate, List<RexNode> projects, RexNode condition) {

    /**
     * The window aggregate over {@code source}, whose fields from {@code windowColumns} on are
     * window columns that may only be grouped on.
     */
    PhysicalNode plan(RelNode source, int windowColumns, WindowCalls.Window window,
        TreeMap<Integer, WindowProperty> windowKeys, PhysicalPlanner planner) {
      int[] keys = aggregate.getGroupSet().toArray();
      ImmutableBitSet windowProjects = ImmutableBitSet.of(windowKeys.keySet().stream()
          .map(k -> keys[k]).toList());
      int[] mapping = new int[projects.size()];
      Arrays.fill(mapping, -1);
      List<RexNode> lower = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int j = 0; j < projects.size(); j++) {
        if (windowProjects.get(j)) {
          continue;
        }
        checkNoWindowColumn(projects.get(j), windowColumns);
        mapping[j] = lower.size();
        lower.add(projects.get(j));
        names.add(aggregate.getInput().getRowType().getFieldNames().get(j));
      }
      if (condition != null) {
        checkNoWindowColumn(condition, windowColumns);
      }
      RexNode rowtime = window.timeAttribute();
      int rowtimeField = lower.indexOf(rowtime);
      if (rowtimeField < 0) {
        rowtimeField = lower.size();
        lower.add(rowtime);
        names.add(window.rowtimeField() < 0 ? "proctime"
            : source.getRowType().getFieldNames().get(window.rowtimeField()));
      }
      PhysicalNode input = planner.convert(source);
      if (!input.changelogMode().isInsertOnly()) {
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
            "Window aggregation over an updating input (" + input.name()
                + " emits updates) is not supported");
      }
      boolean identity = condition == null && lower.size() == input.rowType().getFieldCount()
          && lower.equals(aggregate.getCluster().getRexBuilder().identityProjects(
              input.rowType()));
      if (!identity) {
        RelDataTypeFactory types = aggregate.getCluster().getTypeFactory();
        RelDataType lowerType = types.createStructType(lower.stream().map(RexNode::getType)
            .toList(), SqlValidatorUtil.uniquify(names, true));
        input = CalcConverter.merged(planner, input, lowerType, lower, Optional.ofNullable(condition),
            aggregate.getCluster().getRexBuilder());
      }
      List<AggregateCall> calls = AggregateCalls.of(aggregate, field -> {
        if (mapping[field] < 0) {
          throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
              "Aggregating a window column (window_start, window_end or window_time) is not"
                  + " supported");
        }
        return mapping[field];
      });
      return withColumnOrder(input, keys, mapping, rowtimeField, window, windowKeys, calls);
    }

    private PhysicalNode withColumnOrder(PhysicalNode input, int[] keys, int[] mapping,
        int rowtimeField, WindowCalls.Window window, TreeMap<Integer, WindowProperty> windowKeys,
        List<AggregateCall> calls) {
      RelDataType output = aggregate.getRowType();
      RelDataTypeFactory.Builder type = aggregate.getCluster().getTypeFactory().builder();
      List<Integer> groupFields = new ArrayList<>();
      int[] position = new int[output.getFieldCount()];
      for (int k = 0; k < keys.length; k++) {
        if (!windowKeys.containsKey(k)) {
          position[k] = groupFields.size();
          groupFields.add(mapping[keys[k]]);
          type.add(output.getFieldList().get(k));
        }
      }
      for (int i = 0; i < calls.size(); i++) {
        position[keys.length + i] = groupFields.size() + i;
        type.add(output.getFieldList().get(keys.length + i));
      }
      int next = groupFields.size() + calls.size();
      for (int k : windowKeys.keySet()) {
        position[k] = next++;
        type.add(output.getFieldList().get(k));
      }
      WindowAggregateNode windowAggregate = new WindowAggregateNode(input,
          type.uniquify().build(), groupFields.stream().mapToInt(Integer::intValue).toArray(),
          rowtimeField, window.time(), window.spec(), calls, List.copyOf(windowKeys.values()));
      List<RexNode> reorder = new ArrayList<>();
      boolean inOrder = true;
      for (int i = 0; i < position.length; i++) {
        reorder.add(RexInputRef.of(position[i], windowAggregate.rowType()));
        inOrder &= position[i] == i;
      }
      return inOrder ? windowAggregate
          : new CalcNode(windowAggregate, output, reorder, Optional.empty());
    }

    private static void checkNoWindowColumn(RexNode expression, int windowColumns) {
      ImmutableBitSet used = org.apache.calcite.plan.RelOptUtil.InputFinder.bits(expression);
      if (used.nextSetBit(windowColumns) >= 0) {
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
            "Using window_start, window_end or window_time other than as GROUP BY keys of the"
                + " window aggregate (in " + expression + ") is not supported");
      }
    }
  }
}
