package io.eddy.planner.physical;

import io.eddy.runtime.data.RowKind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which nodes of a plan have consumers that read their {@code -U} rows, as Flink's changelog mode
 * inference decides between "update before and after" and "update after only". Walks down from the
 * roots: a query's result reads everything; a sink reads {@code -U} only when its connector needs them
 * (blackhole and upsert-kafka do not); a projection or a union reads {@code -U} when its own consumers
 * do; a filter always does (a {@code +U} it drops must still retract the row it let through before, see
 * FLINK-9528); every other node always does. Nodes that {@link PhysicalNode#omitsUnreadUpdateBefore()
 * can} then leave {@code -U} out.
 */
public final class UpdateBeforeDemand {

  private final Map<PhysicalNode, Boolean> read = new IdentityHashMap<>();
  private final Map<PhysicalNode, ChangelogMode> emitted = new IdentityHashMap<>();

  private UpdateBeforeDemand() {
  }

  /** The demand of the plan with these roots (sinks and query results). */
  public static UpdateBeforeDemand of(List<PhysicalNode> roots) {
    UpdateBeforeDemand demand = new UpdateBeforeDemand();
    for (PhysicalNode root : roots) {
      demand.visit(root, true);
    }
    return demand;
  }

  private void visit(PhysicalNode node, boolean outputRead) {
    Boolean known = read.get(node);
    if (known != null && (known || !outputRead)) {
      return;
    }
    read.put(node, outputRead);
    boolean inputsRead = node.readsUpdateBefore(outputRead);
    for (PhysicalNode input : node.inputs()) {
      visit(input, inputsRead);
    }
  }

  /** Whether some consumer of {@code node} reads its {@code -U} rows (true for a node outside the plan). */
  public boolean isRead(PhysicalNode node) {
    return read.getOrDefault(node, true);
  }

  /**
   * The kinds of change {@code node} really emits: its {@link PhysicalNode#changelogMode()}, without
   * {@code -U} when it leaves unread ones out or passes on inputs that all do.
   */
  public ChangelogMode emitted(PhysicalNode node) {
    ChangelogMode known = emitted.get(node);
    if (known != null) {
      return known;
    }
    ChangelogMode mode = node.changelogMode();
    if (mode.kinds().contains(RowKind.UPDATE_BEFORE) && mode.kinds().size() > 1 && leavesOutUpdateBefore(node)) {
      mode = mode.without(RowKind.UPDATE_BEFORE);
    }
    emitted.put(node, mode);
    return mode;
  }

  private boolean leavesOutUpdateBefore(PhysicalNode node) {
    if (node.omitsUnreadUpdateBefore()) {
      return !isRead(node);
    }
    if (!node.passesRowKinds() || node.inputs().isEmpty()) {
      return false;
    }
    for (PhysicalNode input : node.inputs()) {
      if (emitted(input).kinds().contains(RowKind.UPDATE_BEFORE)) {
        return false;
      }
    }
    return true;
  }
}
