package io.eddy.planner.rel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
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
 * The pieces of an aggregate over grouping sets that its rewrites share: the sets and their
 * grouping ids, the {@link LogicalExpand} that nulls the columns a set does not group by, and the
 * ordinary aggregate keyed by the group columns and {@code $e} with the projection above it.
 */
final class GroupingSetsRewrite {

  private final Aggregate aggregate;
  private final RexBuilder rex;
  private final RelDataTypeFactory types;
  private final List<Integer> groupFields;
  private final ImmutableBitSet alwaysGrouped;
  private final List<Long> ids = new ArrayList<>();

  GroupingSetsRewrite(Aggregate aggregate) {
    this.aggregate = aggregate;
    this.rex = aggregate.getCluster().getRexBuilder();
    this.types = aggregate.getCluster().getTypeFactory();
    this.groupFields = aggregate.getGroupSet().asList();
    ImmutableBitSet always = aggregate.getGroupSet();
    for (ImmutableBitSet set : aggregate.getGroupSets()) {
      always = always.intersect(set);
      ids.add(groupingId(groupFields, set));
    }
    this.alwaysGrouped = always;
  }

  /** The group fields (of the aggregate's input) that some grouping set does not group by. */
  ImmutableBitSet nulledKeys() {
    return aggregate.getGroupSet().except(alwaysGrouped);
  }

  /** The fields of the aggregate's input that its calls (not GROUPING ...) read. */
  ImmutableBitSet callArguments() {
    ImmutableBitSet.Builder used = ImmutableBitSet.builder();
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (!isGroupingFunction(call)) {
        used.addAll(call.getArgList());
        if (call.filterArg >= 0) {
          used.set(call.filterArg);
        }
      }
    }
    return used.build();
  }

  /**
   * An Expand over {@code input}: in each grouping set, the input column {@code nulled.get(k)}
   * becomes null when the set does not group by key {@code k}; the columns {@code copied} are
   * appended unchanged, then {@code $e}.
   */
  LogicalExpand expand(RelNode input, Map<Integer, Integer> nulled, List<Integer> copied) {
    List<RelDataTypeField> fields = input.getRowType().getFieldList();
    RelDataTypeFactory.Builder rowType = types.builder();
    for (int i = 0; i < fields.size(); i++) {
      RelDataType type = fields.get(i).getType();
      rowType.add(fields.get(i).getName(), nulled.containsValue(i)
          ? types.createTypeWithNullability(type, true) : type);
    }
    for (int field : copied) {
      rowType.add(fields.get(field).getName() + "_copy", fields.get(field).getType());
    }
    RelDataType bigint = types.createSqlType(SqlTypeName.BIGINT);
    rowType.add(LogicalExpand.GROUPING_ID_FIELD, bigint);
    RelDataType expandType = rowType.uniquify().build();

    List<List<RexNode>> projects = new ArrayList<>();
    List<ImmutableBitSet> sets = aggregate.getGroupSets();
    for (int s = 0; s < sets.size(); s++) {
      List<RexNode> project = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        project.add(rex.makeInputRef(expandType.getFieldList().get(i).getType(), i));
      }
      for (Map.Entry<Integer, Integer> key : nulled.entrySet()) {
        if (!sets.get(s).get(key.getKey())) {
          int column = key.getValue();
          project.set(column, rex.makeNullLiteral(expandType.getFieldList().get(column).getType()));
        }
      }
      for (int field : copied) {
        project.add(rex.makeInputRef(input, field));
      }
      project.add(rex.makeExactLiteral(BigDecimal.valueOf(ids.get(s)), bigint));
      projects.add(project);
    }
    return new LogicalExpand(aggregate.getCluster(), aggregate.getTraitSet(), input, expandType,
        projects);
  }

  /**
   * The ordinary aggregate over {@code input} (whose fields {@code keys} hold the group keys in
   * order, and whose field {@code idField} is {@code $e}) and the projection giving the original
   * aggregate's row; {@code arguments} moves the calls' argument and filter fields.
   */
  RelNode aggregate(RelNode input, List<Integer> keys, int idField, IntUnaryOperator arguments) {
    ImmutableBitSet groupSet = ImmutableBitSet.of(keys).set(idField);
    if (!keys.equals(groupSet.asList().subList(0, keys.size()))
        || idField < keys.get(keys.size() - 1)) {
      throw new IllegalArgumentException("group keys " + keys + " and $e " + idField
          + " must be in ascending order");
    }
    List<AggregateCall> calls = aggregate.getAggCallList();
    List<AggregateCall> plainCalls = new ArrayList<>();
    for (AggregateCall call : calls) {
      if (!isGroupingFunction(call)) {
        List<Integer> moved = call.getArgList().stream().map(arguments::applyAsInt).toList();
        int filter = call.filterArg < 0 ? -1 : arguments.applyAsInt(call.filterArg);
        plainCalls.add(AggregateCall.create(call.getParserPosition(), call.getAggregation(),
            call.isDistinct(), call.isApproximate(), call.ignoreNulls(), call.rexList, moved,
            filter, call.distinctKeys, call.getCollation(), groupSet.cardinality(), input, null,
            call.getName()));
      }
    }
    LogicalAggregate grouped = LogicalAggregate.create(input, aggregate.getHints(), groupSet,
        null, plainCalls);

    int groupCount = groupFields.size();
    RexNode id = rex.makeInputRef(grouped, groupCount);
    List<RelDataTypeField> expected = aggregate.getRowType().getFieldList();
    List<RexNode> outputs = new ArrayList<>();
    for (int i = 0; i < groupCount; i++) {
      outputs.add(matching(rex.makeInputRef(grouped, i), expected.get(i).getType()));
    }
    int plain = 0;
    for (int c = 0; c < calls.size(); c++) {
      RelDataType type = expected.get(groupCount + c).getType();
      outputs.add(isGroupingFunction(calls.get(c)) ? groupingValue(calls.get(c), id, type)
          : matching(rex.makeInputRef(grouped, groupCount + 1 + plain++), type));
    }
    return LogicalProject.create(grouped, List.of(), outputs,
        aggregate.getRowType().getFieldNames(), Set.of());
  }

  private RexNode matching(RexNode value, RelDataType type) {
    return value.getType().equals(type) ? value : rex.makeCast(type, value, true, false);
  }

  static boolean isGroupingFunction(AggregateCall call) {
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
  private RexNode groupingValue(AggregateCall call, RexNode id, RelDataType type) {
    List<ImmutableBitSet> sets = aggregate.getGroupSets();
    List<RexNode> operands = new ArrayList<>();
    for (int s = 0; s < sets.size(); s++) {
      long value = call.getAggregation().getKind() == SqlKind.GROUP_ID ? 0
          : groupingId(call.getArgList(), sets.get(s));
      RexNode literal = rex.makeExactLiteral(BigDecimal.valueOf(value), type);
      if (s < sets.size() - 1) {
        operands.add(rex.makeCall(SqlStdOperatorTable.EQUALS, id,
            rex.makeExactLiteral(BigDecimal.valueOf(ids.get(s)), id.getType())));
      }
      operands.add(literal);
    }
    return operands.size() == 1 ? operands.get(0)
        : rex.makeCall(type, SqlStdOperatorTable.CASE, operands);
  }
}
