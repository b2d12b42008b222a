package io.eddy.planner.rel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Rewrites an aggregate over GROUPING SETS, ROLLUP or CUBE as Flink does: a
 * {@link LogicalExpand} (one row per grouping set, the columns a set does not group by nulled,
 * plus the grouping id {@code $e}), an ordinary aggregate keyed by the group columns and
 * {@code $e}, and a projection that drops {@code $e} and computes GROUPING, GROUPING_ID and
 * GROUP_ID from it.
 *
 * <p>A group column that is also an aggregate's argument (or filter) is copied before it is
 * nulled, so the aggregate still sees its value. Aggregates over a window table function are left
 * alone: window aggregation with grouping sets is planned elsewhere (or refused there).
 */
public final class DecomposeGroupingSetsRule extends RelOptRule {

  /** The rule. */
  public static final DecomposeGroupingSetsRule INSTANCE = new DecomposeGroupingSetsRule();

  private DecomposeGroupingSetsRule() {
    super(operand(LogicalAggregate.class, any()), "DecomposeGroupingSetsRule");
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    return aggregate.getGroupType() != Aggregate.Group.SIMPLE
        && !overWindowTableFunction(aggregate.getInput());
  }

  private static boolean overWindowTableFunction(RelNode input) {
    RelNode node = input;
    while (node.stripped() instanceof Project || node.stripped() instanceof Calc) {
      node = node.stripped().getInput(0);
    }
    return node.stripped() instanceof TableFunctionScan;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    call.transformTo(decompose(aggregate));
  }

  /** The Expand, aggregate and projection computing {@code aggregate}. */
  static RelNode decompose(Aggregate aggregate) {
    RexBuilder rex = aggregate.getCluster().getRexBuilder();
    RelDataTypeFactory types = aggregate.getCluster().getTypeFactory();
    RelNode input = aggregate.getInput();
    ImmutableBitSet groupSet = aggregate.getGroupSet();
    List<Integer> groupFields = groupSet.asList();
    List<ImmutableBitSet> sets = aggregate.getGroupSets();
    ImmutableBitSet alwaysGrouped = ImmutableBitSet.range(input.getRowType().getFieldCount());
    for (ImmutableBitSet set : sets) {
      alwaysGrouped = alwaysGrouped.intersect(set);
    }

    List<AggregateCall> calls = aggregate.getAggCallList();
    Map<Integer, Integer> copies = new HashMap<>();
    List<RelDataTypeField> inputFields = input.getRowType().getFieldList();
    int fieldCount = inputFields.size();
    for (AggregateCall aggregateCall : calls) {
      if (isGroupingFunction(aggregateCall)) {
        continue;
      }
      List<Integer> used = new ArrayList<>(aggregateCall.getArgList());
      if (aggregateCall.filterArg >= 0) {
        used.add(aggregateCall.filterArg);
      }
      for (int field : used) {
        if (groupSet.get(field) && !alwaysGrouped.get(field) && !copies.containsKey(field)) {
          copies.put(field, fieldCount + copies.size());
        }
      }
    }
    List<Integer> copied = copies.keySet().stream().sorted(
        (a, b) -> copies.get(a) - copies.get(b)).toList();

    RelDataTypeFactory.Builder rowType = types.builder();
    for (int i = 0; i < fieldCount; i++) {
      RelDataType type = inputFields.get(i).getType();
      rowType.add(inputFields.get(i).getName(), groupSet.get(i) && !alwaysGrouped.get(i)
          ? types.createTypeWithNullability(type, true) : type);
    }
    for (int field : copied) {
      rowType.add(inputFields.get(field).getName() + "_copy", inputFields.get(field).getType());
    }
    RelDataType bigint = types.createSqlType(SqlTypeName.BIGINT);
    rowType.add(LogicalExpand.GROUPING_ID_FIELD, bigint);
    RelDataType expandType = rowType.uniquify().build();

    List<List<RexNode>> projects = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (ImmutableBitSet set : sets) {
      List<RexNode> project = new ArrayList<>();
      for (int i = 0; i < fieldCount; i++) {
        RelDataType type = expandType.getFieldList().get(i).getType();
        project.add(groupSet.get(i) && !set.get(i) ? rex.makeNullLiteral(type)
            : rex.makeInputRef(type, i));
      }
      for (int field : copied) {
        project.add(rex.makeInputRef(input, field));
      }
      long id = groupingId(groupFields, set);
      ids.add(id);
      project.add(rex.makeExactLiteral(java.math.BigDecimal.valueOf(id), bigint));
      projects.add(project);
    }
    LogicalExpand expand = new LogicalExpand(aggregate.getCluster(), aggregate.getTraitSet(),
        input, expandType, projects);

    int idField = expandType.getFieldCount() - 1;
    ImmutableBitSet keys = groupSet.set(idField);
    List<AggregateCall> plainCalls = new ArrayList<>();
    for (AggregateCall aggregateCall : calls) {
      if (!isGroupingFunction(aggregateCall)) {
        List<Integer> arguments = aggregateCall.getArgList().stream()
            .map(field -> copies.getOrDefault(field, field)).toList();
        int filter = aggregateCall.filterArg < 0 ? -1
            : copies.getOrDefault(aggregateCall.filterArg, aggregateCall.filterArg);
        plainCalls.add(AggregateCall.create(aggregateCall.getParserPosition(),
            aggregateCall.getAggregation(), aggregateCall.isDistinct(),
            aggregateCall.isApproximate(), aggregateCall.ignoreNulls(), aggregateCall.rexList,
            arguments, filter, aggregateCall.distinctKeys, aggregateCall.getCollation(),
            keys.cardinality(), expand, null, aggregateCall.getName()));
      }
    }
    LogicalAggregate grouped = LogicalAggregate.create(expand, aggregate.getHints(), keys, null,
        plainCalls);

    int groupCount = groupFields.size();
    RexNode id = rex.makeInputRef(grouped, groupCount);
    List<RexNode> outputs = new ArrayList<>();
    List<RelDataTypeField> expected = aggregate.getRowType().getFieldList();
    for (int i = 0; i < groupCount; i++) {
      outputs.add(rex.makeInputRef(grouped, i));
    }
    int plain = 0;
    for (int c = 0; c < calls.size(); c++) {
      AggregateCall aggregateCall = calls.get(c);
      RelDataType type = expected.get(groupCount + c).getType();
      if (isGroupingFunction(aggregateCall)) {
        outputs.add(groupingValue(rex, aggregateCall, sets, ids, id, type));
      } else {
        RexNode result = rex.makeInputRef(grouped, groupCount + 1 + plain++);
        outputs.add(result.getType().equals(type) ? result : rex.makeCast(type, result, true,
            false));
      }
    }
    return LogicalProject.create(grouped, List.of(), outputs,
        aggregate.getRowType().getFieldNames(), java.util.Set.of());
  }

  private static boolean isGroupingFunction(AggregateCall call) {
    SqlKind kind = call.getAggregation().getKind();
    return kind == SqlKind.GROUPING || kind == SqlKind.GROUPING_ID || kind == SqlKind.GROUP_ID;
  }

  /**
   * Flink's grouping id of a set: bit {@code n - 1 - i} is 1 when the set does not group by the
   * {@code i}-th of the {@code n} group columns.
   */
  static long groupingId(List<Integer> groupFields, ImmutableBitSet set) {
    long id = 0;
    for (int i = 0; i < groupFields.size(); i++) {
      if (!set.get(groupFields.get(i))) {
        id |= 1L << (groupFields.size() - 1 - i);
      }
    }
    return id;
  }

  /** GROUPING(...), GROUPING_ID(...) or GROUP_ID() as a CASE over the grouping id. */
  private static RexNode groupingValue(RexBuilder rex, AggregateCall call,
      List<ImmutableBitSet> sets, List<Long> ids, RexNode id, RelDataType type) {
    List<RexNode> operands = new ArrayList<>();
    for (int s = 0; s < sets.size(); s++) {
      long value = call.getAggregation().getKind() == SqlKind.GROUP_ID ? 0
          : groupingId(call.getArgList(), sets.get(s));
      RexNode literal = rex.makeExactLiteral(java.math.BigDecimal.valueOf(value), type);
      if (s == sets.size() - 1) {
        operands.add(literal);
      } else {
        operands.add(rex.makeCall(SqlStdOperatorTable.EQUALS, id,
            rex.makeExactLiteral(java.math.BigDecimal.valueOf(ids.get(s)), id.getType())));
        operands.add(literal);
      }
    }
    return operands.size() == 1 ? operands.get(0)
        : rex.makeCall(type, SqlStdOperatorTable.CASE, operands);
  }
}
