package io.eddy.planner.physical;

import io.eddy.planner.physical.rules.SubQueryToSemiJoinRule;
import io.eddy.planner.rel.DecomposeGroupingSetsRule;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.ProjectJoinTransposeRule;
import org.apache.calcite.rel.rules.PushProjector;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.tools.RelBuilder;

/**
 * The logical rewrites before physical planning, in phases: subqueries become joins, filters and
 * projections are simplified and pushed towards the sources, and each run of projections and
 * filters becomes one Calc (one generated method at run time).
 */
public final class StreamOptimizer {

  private static final List<RelOptRule> SUBQUERIES = List.of(
      SubQueryToSemiJoinRule.INSTANCE,
      CoreRules.FILTER_SUB_QUERY_TO_CORRELATE,
      CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE,
      CoreRules.JOIN_SUB_QUERY_TO_CORRELATE);

  /**
   * A projection over a join moves below it as far as column references go, so each join side
   * carries (and keeps in state) only the columns used above it or in the condition. Expressions
   * stay where they are: a time bound such as {@code a.ts + INTERVAL '1' HOUR} pushed into an input
   * would no longer be recognized as an interval join's bound.
   */
  private static final RelOptRule PRUNE_JOIN_INPUTS = ProjectJoinTransposeRule.Config.DEFAULT
      .withPreserveExprCondition(PushProjector.ExprCondition.FALSE).toRule();

  private static final List<RelOptRule> SIMPLIFY = List.of(
      DecomposeGroupingSetsRule.INSTANCE,
      CoreRules.UNION_TO_DISTINCT,
      CoreRules.PROJECT_TO_LOGICAL_PROJECT_AND_WINDOW,
      CoreRules.FILTER_MERGE,
      CoreRules.FILTER_PROJECT_TRANSPOSE,
      CoreRules.FILTER_INTO_JOIN,
      CoreRules.JOIN_CONDITION_PUSH,
      CoreRules.JOIN_PUSH_EXPRESSIONS,
      PRUNE_JOIN_INPUTS,
      CoreRules.PROJECT_TO_SEMI_JOIN,
      CoreRules.JOIN_TO_SEMI_JOIN,
      CoreRules.PROJECT_MERGE,
      CoreRules.PROJECT_REMOVE,
      CoreRules.FILTER_REDUCE_EXPRESSIONS,
      CoreRules.PROJECT_REDUCE_EXPRESSIONS);

  private static final List<RelOptRule> CALC = List.of(
      CoreRules.FILTER_TO_CALC,
      CoreRules.PROJECT_TO_CALC,
      CoreRules.CALC_MERGE,
      CoreRules.CALC_REMOVE);

  private StreamOptimizer() {
  }

  /** The optimized form of a logical plan. */
  public static RelNode optimize(RelNode plan) {
    RelNode result = run(plan, SUBQUERIES);
    RelBuilder builder = RelBuilder.proto(org.apache.calcite.plan.Contexts.empty())
        .create(result.getCluster(), null);
    result = RelDecorrelator.decorrelateQuery(result, builder);
    result = run(result, SIMPLIFY);
    return run(result, CALC);
  }

  private static RelNode run(RelNode plan, List<RelOptRule> rules) {
    HepProgram program = HepProgram.builder().addMatchOrder(HepMatchOrder.BOTTOM_UP)
        .addRuleCollection(rules).build();
    HepPlanner planner = new HepPlanner(program);
    planner.setRoot(plan);
    return planner.findBestExp();
  }
}
