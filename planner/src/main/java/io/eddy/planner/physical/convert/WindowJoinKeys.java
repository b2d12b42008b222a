package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.nodes.WindowSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * The keys of a window join, as Flink finds them: both inputs are window table functions (passed
 * through projections) and the equi-join keys pair the left window_start with the right one and
 * the left window_end with the right one. The windows must be the same.
 *
 * @param leftWindowEnd the left input's window_end field
 * @param rightWindowEnd the right input's window_end field
 * @param leftKeys the other left keys
 * @param rightKeys the other right keys
 * @param nullSafeKeys positions in the other keys compared null-safely
 */
record WindowJoinKeys(int leftWindowEnd, int rightWindowEnd, List<Integer> leftKeys,
    List<Integer> rightKeys, Set<Integer> nullSafeKeys) {

  private static final int WINDOW_START = 0;
  private static final int WINDOW_END = 1;

  /** The window join keys of a join with {@code info}, or empty when it is no window join. */
  static Optional<WindowJoinKeys> find(RelNode left, RelNode right, JoinInfo info) {
    int leftEnd = -1;
    int rightEnd = -1;
    boolean starts = false;
    WindowSpec leftWindow = null;
    WindowSpec rightWindow = null;
    List<Integer> leftKeys = new ArrayList<>();
    List<Integer> rightKeys = new ArrayList<>();
    Set<Integer> nullSafe = new HashSet<>();
    for (int i = 0; i < info.leftKeys.size(); i++) {
      Optional<WindowField> l = windowField(left, info.leftKeys.get(i));
      Optional<WindowField> r = windowField(right, info.rightKeys.get(i));
      if (l.isPresent() && r.isPresent() && l.get().role == r.get().role
          && l.get().role != 2) {
        leftWindow = l.get().window;
        rightWindow = r.get().window;
        if (l.get().role == WINDOW_END) {
          leftEnd = info.leftKeys.get(i);
          rightEnd = info.rightKeys.get(i);
        } else {
          starts = true;
        }
      } else {
        if (!info.nullExclusionFlags.get(i)) {
          nullSafe.add(leftKeys.size());
        }
        leftKeys.add(info.leftKeys.get(i));
        rightKeys.add(info.rightKeys.get(i));
      }
    }
    if (!starts || leftEnd < 0) {
      return Optional.empty();
    }
    if (!leftWindow.equals(rightWindow)) {
      throw PlannerException.of(PlannerException.Category.UNSUPPORTED, "The windows of a window"
          + " join must be the same, but the left one is " + leftWindow + " and the right one "
          + rightWindow);
    }
    return Optional.of(new WindowJoinKeys(leftEnd, rightEnd, leftKeys, rightKeys, nullSafe));
  }

  /** A window field: 0 window_start, 1 window_end, 2 window_time, of a window. */
  private record WindowField(WindowSpec window, int role) {
  }

  private static Optional<WindowField> windowField(RelNode node, int field) {
    if (node instanceof TableFunctionScan scan && scan.getInputs().size() == 1) {
      int inputCount = scan.getInputs().get(0).getRowType().getFieldCount();
      return WindowCalls.ofTableFunction(scan.getCall(), scan.getInputs().get(0).getRowType())
          .filter(window -> field >= inputCount)
          .map(window -> new WindowField(window.eventTimeOnly("A window join").spec(),
              field - inputCount));
    }
    RexNode value = null;
    if (node instanceof Project project) {
      value = project.getProjects().get(field);
    } else if (node instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      value = program.expandLocalRef(program.getProjectList().get(field));
    }
    if (value instanceof RexInputRef reference) {
      return windowField(node.getInput(0), reference.getIndex());
    }
    return Optional.empty();
  }
}
