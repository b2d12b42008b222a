package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.graph.JobGraph;
import java.util.List;

/**
 * A statement planned down to a runnable job.
 *
 * @param graph the job graph to submit
 * @param roots the physical plan's sinks (the query result, or one per INSERT)
 * @param plan the physical plan as EXPLAIN prints it
 */
public record PlannedJob(JobGraph graph, List<PhysicalNode> roots, String plan) {

  public PlannedJob {
    requireNonNull(graph, "graph is null");
    roots = List.copyOf(requireNonNull(roots, "roots is null"));
    requireNonNull(plan, "plan is null");
  }

  /** The changelog the first root (a query's result) receives. */
  public ChangelogMode resultMode() {
    return roots.get(0).changelogMode();
  }
}
