package io.eddy.planner.physical;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a streaming physical plan as a tree, one node per line, in the style of Flink's EXPLAIN:
 * each node with its attributes, the changelog it emits, how its rows reach it from its input
 * and, for stateful nodes, the state it keeps.
 */
public final class PlanPrinter {

  private final Map<PhysicalNode, Integer> printed = new IdentityHashMap<>();
  private final StringBuilder text = new StringBuilder();
  private final int parallelism;
  private final UpdateBeforeDemand updateBeforeDemand;

  private PlanPrinter(int parallelism, UpdateBeforeDemand updateBeforeDemand) {
    this.parallelism = parallelism;
    this.updateBeforeDemand = updateBeforeDemand;
  }

  /**
   * The plan of one or more sinks (a statement set shares its sources). Each node's changelog is
   * what it really emits: without {@code -U} where no consumer reads them and the node leaves them out.
   */
  public static String print(List<PhysicalNode> roots, int defaultParallelism) {
    PlanPrinter printer = new PlanPrinter(defaultParallelism, UpdateBeforeDemand.of(roots));
    for (PhysicalNode root : roots) {
      printer.node(root, "", "");
    }
    return printer.text.toString().stripTrailing();
  }

  private void node(PhysicalNode node, String firstPrefix, String childPrefix) {
    text.append(firstPrefix).append(node.name()).append('(').append(node.attributes()).append(')');
    Integer reused = printed.get(node);
    if (reused != null) {
      text.append(" [reused]\n");
      return;
    }
    printed.put(node, printed.size());
    int nodeParallelism = node.requiredParallelism() > 0 ? node.requiredParallelism() : parallelism;
    text.append(" changelogMode=[").append(updateBeforeDemand.emitted(node)).append(']');
    text.append(" parallelism=[").append(nodeParallelism).append(']');
    String state = node.state();
    if (!state.isEmpty()) {
      text.append(" state=[").append(state).append(']');
    }
    text.append('\n');
    List<PhysicalNode> inputs = node.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      boolean last = i == inputs.size() - 1;
      String first = childPrefix + (last ? "+- " : ":- ");
      String next = childPrefix + (last ? "   " : ":  ");
      InputDistribution distribution = node.inputDistribution(i);
      if (!(distribution instanceof InputDistribution.Any)) {
        text.append(first).append("Exchange(distribution=[").append(exchange(distribution, inputs.get(i)))
            .append("])\n");
        first = next + "+- ";
        next = next + "   ";
      }
      node(inputs.get(i), first, next);
    }
  }

  private static String exchange(InputDistribution distribution, PhysicalNode input) {
    if (distribution instanceof InputDistribution.Hash hash) {
      List<String> names = input.rowType().getFieldNames();
      StringBuilder keys = new StringBuilder("hash[");
      for (int i = 0; i < hash.keyFields().length; i++) {
        keys.append(i > 0 ? ", " : "").append(names.get(hash.keyFields()[i]));
      }
      return keys.append(']').toString();
    }
    return distribution.toString();
  }
}
