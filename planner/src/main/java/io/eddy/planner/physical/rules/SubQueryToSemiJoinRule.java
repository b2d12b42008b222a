package io.eddy.planner.physical.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * Turns {@code IN}, {@code EXISTS}, {@code NOT IN} and {@code NOT EXISTS} subqueries that are
 * conjuncts of a WHERE clause into SEMI and ANTI joins, as Flink does: the subquery becomes the
 * right input and the join condition holds the IN comparisons and the subquery's correlated
 * predicates (those of a WHERE directly inside it). {@code x NOT IN (SELECT y ...)} keeps SQL's
 * three-valued logic: a left row is dropped when some {@code x = y} is true or unknown, so the
 * condition is {@code x = y OR x IS NULL OR y IS NULL} (just {@code x = y} when neither is
 * nullable). Subqueries of other shapes are left to the general subquery rules.
 */
public final class SubQueryToSemiJoinRule extends RelOptRule {

  /** The rule's instance. */
  public static final SubQueryToSemiJoinRule INSTANCE = new SubQueryToSemiJoinRule();

  @SuppressWarnings("deprecation")
  private SubQueryToSemiJoinRule() {
    super(operand(LogicalFilter.class, any()), "SubQueryToSemiJoinRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    RelBuilder builder = call.builder();
    builder.push(filter.getInput());
    List<RexNode> remaining = new ArrayList<>();
    boolean rewritten = false;
    for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
      if (semiJoin(conjunct, filter.getVariablesSet(), builder)) {
        rewritten = true;
      } else {
        remaining.add(conjunct);
      }
    }
    if (rewritten) {
      call.transformTo(builder.filter(filter.getVariablesSet(), remaining).build());
    }
  }

  /** Joins the subquery of {@code conjunct} to the builder's top, if it has a shape handled. */
  private static boolean semiJoin(RexNode conjunct, Set<CorrelationId> correlations,
      RelBuilder builder) {
    boolean negated = conjunct.getKind() == SqlKind.NOT;
    RexNode inner = negated ? ((RexCall) conjunct).getOperands().get(0) : conjunct;
    if (!(inner instanceof RexSubQuery subQuery)
        || (subQuery.getKind() != SqlKind.IN && subQuery.getKind() != SqlKind.EXISTS)) {
      return false;
    }
    RelNode left = builder.peek();
    Optional<Decorrelated> decorrelated = Decorrelated.of(subQuery.rel, correlations,
        left.getRowType().getFieldCount());
    if (decorrelated.isEmpty()) {
      return false;
    }
    Decorrelated right = decorrelated.get();
    RexBuilder rexBuilder = builder.getRexBuilder();
    List<RexNode> condition = new ArrayList<>(right.correlatedConditions());
    if (subQuery.getKind() == SqlKind.IN) {
      for (int i = 0; i < subQuery.getOperands().size(); i++) {
        RexNode leftValue = subQuery.getOperands().get(i);
        RexNode rightValue = right.values().get(i);
        condition.add(negated ? nullAwareEquals(rexBuilder, leftValue, rightValue)
            : rexBuilder.makeCall(SqlStdOperatorTable.EQUALS, leftValue, rightValue));
      }
    }
    builder.push(right.input());
    builder.join(negated ? JoinRelType.ANTI : JoinRelType.SEMI,
        RexUtil.composeConjunction(rexBuilder, condition));
    return true;
  }

  private static RexNode nullAwareEquals(RexBuilder rexBuilder, RexNode left, RexNode right) {
    List<RexNode> terms = new ArrayList<>();
    terms.add(rexBuilder.makeCall(SqlStdOperatorTable.EQUALS, left, right));
    for (RexNode side : List.of(left, right)) {
      if (side.getType().isNullable()) {
        terms.add(rexBuilder.makeCall(SqlStdOperatorTable.IS_NULL, side));
      }
    }
    return RexUtil.composeDisjunction(rexBuilder, terms);
  }

  /**
   * A subquery as a join's right input: its rows (without the correlated predicates), the values
   * it selects and the correlated predicates, all over the joined row (left fields first).
   */
  private record Decorrelated(RelNode input, List<RexNode> values,
      List<RexNode> correlatedConditions) {

    /** The subquery {@code [Project] [Filter] rest} with correlation only in the Filter. */
    static Optional<Decorrelated> of(RelNode subQuery, Set<CorrelationId> correlations,
        int leftFieldCount) {
      RelNode node = subQuery;
      List<RexNode> projects = null;
      if (node instanceof Project project) {
        projects = project.getProjects();
        node = project.getInput();
      }
      List<RexNode> correlated = new ArrayList<>();
      List<RexNode> plain = new ArrayList<>();
      if (node instanceof Filter filter) {
        for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
          (RexUtil.containsCorrelation(conjunct) ? correlated : plain).add(conjunct);
        }
        node = filter.getInput();
      }
      if (correlated.isEmpty()) {
        // nothing to pull up: the subquery is the right input as it is
        return uncorrelated(subQuery, leftFieldCount);
      }
      boolean projectsCorrelated = projects != null
          && projects.stream().anyMatch(RexUtil::containsCorrelation);
      if (projectsCorrelated || !RelOptUtil.getVariablesUsed(node).isEmpty()) {
        return Optional.empty();
      }
      RelNode input = plain.isEmpty() ? node
          : filterOf(subQuery, node, plain);
      RexShuttle toJoinRow = new CorrelationToJoinRow(correlations, leftFieldCount);
      List<RexNode> conditions = new ArrayList<>();
      for (RexNode conjunct : correlated) {
        RexNode rewritten = conjunct.accept(toJoinRow);
        if (RexUtil.containsCorrelation(rewritten)) {
          return Optional.empty();
        }
        conditions.add(rewritten);
      }
      List<RexNode> values = projects == null ? List.of()
          : projects.stream().map(value -> value.accept(toJoinRow)).toList();
      return Optional.of(new Decorrelated(input, values, conditions));
    }

    private static Optional<Decorrelated> uncorrelated(RelNode subQuery, int leftFieldCount) {
      if (!RelOptUtil.getVariablesUsed(subQuery).isEmpty()) {
        return Optional.empty();
      }
      List<RexNode> values = new ArrayList<>();
      subQuery.getRowType().getFieldList().forEach(field ->
          values.add(new RexInputRef(leftFieldCount + field.getIndex(), field.getType())));
      return Optional.of(new Decorrelated(subQuery, values, List.of()));
    }

    private static RelNode filterOf(RelNode subQuery, RelNode input, List<RexNode> conjuncts) {
      RexBuilder rexBuilder = subQuery.getCluster().getRexBuilder();
      return org.apache.calcite.rel.logical.LogicalFilter.create(input,
          RexUtil.composeConjunction(rexBuilder, conjuncts));
    }
  }
}
