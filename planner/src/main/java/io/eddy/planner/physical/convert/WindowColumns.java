package io.eddy.planner.physical.convert;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.nodes.WindowSpec;
import io.eddy.runtime.operators.aggregate.WindowProperty;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * Finds where a field comes from when it is a window column: {@code window_start},
 * {@code window_end} or {@code window_time} of a window table function, passed on unchanged
 * through projections, filters and the group keys of (window) aggregates.
 */
final class WindowColumns {

  /**
   * A window column.
   *
   * @param function the window table function that adds the column
   * @param window its windows
   * @param property which window column it is
   */
  record Origin(TableFunctionScan function, WindowSpec window, WindowProperty property) {

    Origin {
      requireNonNull(function, "function is null");
      requireNonNull(window, "window is null");
      requireNonNull(property, "property is null");
    }

    /** Whether {@code other} is a column of the same windows. */
    boolean sameWindows(Origin other) {
      return function == other.function;
    }
  }

  private WindowColumns() {
  }

  /** The window column that field {@code field} of {@code node} passes on, if it is one. */
  static Optional<Origin> of(RelNode node, int field) {
    if (node instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      return input(program.expandLocalRef(program.getProjectList().get(field)), calc.getInput());
    }
    if (node instanceof Project project) {
      return input(project.getProjects().get(field), project.getInput());
    }
    if (node instanceof Filter filter) {
      return of(filter.getInput(), field);
    }
    if (node instanceof Aggregate aggregate) {
      boolean simple = aggregate.getGroupType() == Aggregate.Group.SIMPLE;
      return simple && field < aggregate.getGroupCount()
          ? of(aggregate.getInput(), aggregate.getGroupSet().nth(field)) : Optional.empty();
    }
    if (node instanceof TableFunctionScan scan && scan.getInputs().size() == 1) {
      int tableFields = scan.getInputs().get(0).getRowType().getFieldCount();
      if (field < tableFields) {
        return Optional.empty();
      }
      return WindowCalls.ofTableFunction(scan.getCall(), scan.getInputs().get(0).getRowType())
          .map(window -> new Origin(scan, window.eventTimeOnly(
              "Window Top-N, deduplication and joins").spec(),
              WindowProperty.values()[field - tableFields]));
    }
    return Optional.empty();
  }

  private static Optional<Origin> input(RexNode expression, RelNode input) {
    return expression instanceof RexInputRef reference ? of(input, reference.getIndex())
        : Optional.empty();
  }
}
