package io.eddy.planner.physical.convert;

import io.eddy.catalog.PrimaryKey;
import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.TemporalJoinNode;
import io.eddy.planner.physical.rules.CorrelationToJoinRow;
import io.eddy.planner.schema.ConnectorTable;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.TimeIndicatorType;
import io.eddy.runtime.operators.join.JoinType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.Snapshot;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;

/**
 * {@code JOIN t FOR SYSTEM_TIME AS OF l.rowtime ON ...} (a Correlate over a filtered Snapshot)
 * becomes a {@link TemporalJoinNode}, as Flink's event-time temporal join: the table must be
 * versioned (a primary key and a rowtime attribute), the period must be the left rowtime, and the
 * equi-join keys must contain the table's primary key.
 */
final class TemporalJoinConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Correlate correlate)) {
      return Optional.empty();
    }
    RelNode right = correlate.getRight();
    RexNode condition = null;
    if (right instanceof Calc calc && calc.getProgram().projectsOnlyIdentity()) {
      RexProgram program = calc.getProgram();
      condition = program.getCondition() == null ? null
          : program.expandLocalRef(program.getCondition());
      right = calc.getInput();
    } else if (right instanceof Filter filter) {
      condition = filter.getCondition();
      right = filter.getInput();
    }
    if (!(right instanceof Snapshot snapshot)) {
      return Optional.empty();
    }
    RelNode table = snapshot.getInput();
    int leftCount = correlate.getLeft().getRowType().getFieldCount();
    int leftTime = periodField(snapshot.getPeriod(), correlate.getLeft().getRowType());
    int rightTime = rowtimeField(table.getRowType());
    PrimaryKey primaryKey = primaryKey(table);
    if (rightTime < 0 || primaryKey == null) {
      throw unsupported("Temporal table join requires a primary key and a row time attribute on "
          + "the versioned table, but " + tableName(table) + " has "
          + (primaryKey == null ? "no primary key" : "no row time attribute"));
    }
    RexNode joinCondition = condition == null
        ? correlate.getCluster().getRexBuilder().makeLiteral(true)
        : condition.accept(new CorrelationToJoinRow(Set.of(), leftCount));
    JoinInfo info = JoinInfo.of(correlate.getLeft(), table, joinCondition);
    List<String> rightNames = table.getRowType().getFieldNames();
    for (String column : primaryKey.columns()) {
      if (!info.rightKeys.contains(rightNames.indexOf(column))) {
        throw unsupported("Temporal table's primary key " + primaryKey.columns()
            + " must be included in the equivalence condition of the temporal join");
      }
    }
    JoinType joinType = switch (correlate.getJoinType()) {
      case INNER -> JoinType.INNER;
      case LEFT -> JoinType.LEFT;
      default -> throw unsupported("A " + correlate.getJoinType()
          + " temporal table join is not supported; use JOIN or LEFT JOIN");
    };
    PhysicalNode left = planner.convert(correlate.getLeft());
    if (!left.changelogMode().isInsertOnly()) {
      throw unsupported("The left input of an event-time temporal join must be append-only");
    }
    Set<Integer> nullSafe = JoinConverter.nullSafeKeys(info);
    RexNode rest = RexUtil.composeConjunction(correlate.getCluster().getRexBuilder(),
        info.nonEquiConditions);
    return Optional.of(new TemporalJoinNode(left, planner.convert(table),
        rowType(correlate, leftCount), joinType, info.leftKeys, info.rightKeys, nullSafe,
        rest.isAlwaysTrue() ? Optional.empty() : Optional.of(rest), leftTime, rightTime));
  }

  /** The left rowtime the period names; anything else is refused. */
  private static int periodField(RexNode period, RelDataType leftType) {
    if (period instanceof RexFieldAccess access
        && access.getReferenceExpr() instanceof RexCorrelVariable) {
      RelDataType type = leftType.getFieldList().get(access.getField().getIndex()).getType();
      if (type instanceof TimeIndicatorType time && time.isEventTime()) {
        return access.getField().getIndex();
      }
      if (type instanceof TimeIndicatorType) {
        throw unsupported("Processing-time temporal joins (lookup joins) are not supported yet; "
            + "use FOR SYSTEM_TIME AS OF with the left table's row time attribute");
      }
    }
    throw unsupported("FOR SYSTEM_TIME AS OF must name the left table's row time attribute, not "
        + period);
  }

  private static int rowtimeField(RelDataType rowType) {
    for (RelDataTypeField field : rowType.getFieldList()) {
      if (field.getType() instanceof TimeIndicatorType time && time.isEventTime()) {
        return field.getIndex();
      }
    }
    return -1;
  }

  /** The primary key of the table under the snapshot, or null (also for views and queries). */
  private static PrimaryKey primaryKey(RelNode node) {
    RelOptTable table = scanned(node);
    ConnectorTable schemaTable = table == null ? null : table.unwrap(ConnectorTable.class);
    return schemaTable == null ? null : schemaTable.schema().primaryKey().orElse(null);
  }

  private static RelOptTable scanned(RelNode node) {
    if (node instanceof TableScan scan) {
      return scan.getTable();
    }
    return node.getInputs().size() == 1 ? scanned(node.getInputs().get(0)) : null;
  }

  private static String tableName(RelNode node) {
    RelOptTable table = scanned(node);
    return table == null ? "the right input" : "table '" + String.join(".",
        table.getQualifiedName()) + "'";
  }

  /** The joined row: left fields as they are, the table's time attributes made plain. */
  private static RelDataType rowType(Correlate correlate, int leftCount) {
    EddyTypeFactory types = (EddyTypeFactory) correlate.getCluster().getTypeFactory();
    List<RelDataType> fieldTypes = new ArrayList<>();
    for (RelDataTypeField field : correlate.getRowType().getFieldList()) {
      fieldTypes.add(field.getIndex() < leftCount ? field.getType()
          : types.withoutTimeIndicators(field.getType()));
    }
    return types.createStructType(fieldTypes, correlate.getRowType().getFieldNames());
  }

  private static PlannerException unsupported(String message) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED, message);
  }
}
