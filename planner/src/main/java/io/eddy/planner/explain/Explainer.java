package io.eddy.planner.explain;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.Column;
import io.eddy.planner.types.TypeConverter;
import io.eddy.planner.rel.LogicalSink;
import io.eddy.planner.validate.InsertTarget;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.QueryValidator;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import io.eddy.planner.validate.ValidationErrors;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * EXPLAIN for queries and INSERTs: validates, converts to relational algebra and applies a few
 * logical simplifications (merging adjacent projections and filters, removing identity
 * projections), then prints the plan. The streaming physical plan comes later.
 */
public final class Explainer {

  private static final HepProgram SIMPLIFY = HepProgram.builder()
      .addRuleCollection(List.of(CoreRules.FILTER_MERGE, CoreRules.PROJECT_MERGE,
          CoreRules.PROJECT_REMOVE))
      .build();

  private final PlanningContext context;

  /** Creates an explainer that works within a statement's context. */
  public Explainer(PlanningContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** The optimized logical plan of a query or INSERT, one operator per line. */
  public String explain(SqlNode statement) {
    return RelOptUtil.toString(optimize(plan(statement)), SqlExplainLevel.EXPPLAN_ATTRIBUTES)
        .stripTrailing();
  }

  /** The logical plan before optimization. */
  public RelNode plan(SqlNode statement) {
    QueryValidator validator = new QueryValidator(context);
    SqlNode validated = validator.validate(statement).validated();
    rejectPartitionedTableArguments(statement);
    rejectOuterTemporalJoins(statement);
    if (statement instanceof SqlInsert insert) {
      InsertTarget target = validator.insertTarget(insert);
      RelNode query = context.toRel(insert.getSource()).project();
      return sink(query, target);
    }
    return context.toRel(validated).project();
  }

  /**
   * Calcite converts {@code TABLE t PARTITION BY k} arguments (SESSION windows) into a broken
   * correlated plan; until the planner converts them itself they are reported, not mis-planned.
   */
  private static void rejectPartitionedTableArguments(SqlNode statement) {
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlCall call) {
        if (call.getKind() == SqlKind.SET_SEMANTICS_TABLE) {
          throw ValidationErrors.unsupported(call.getParserPosition(),
              "Planning a table argument with PARTITION BY (as in SESSION windows)");
        }
        return super.visit(call);
      }
    });
  }

  /**
   * Only INNER and LEFT temporal joins exist (as in Flink); Calcite cannot even convert the others,
   * so they are refused here with their position.
   */
  private static void rejectOuterTemporalJoins(SqlNode statement) {
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlCall call) {
        if (call instanceof SqlJoin join && join.getRight().getKind() == SqlKind.SNAPSHOT
            || call instanceof SqlJoin aliased && aliased.getRight() instanceof SqlCall as
                && as.getKind() == SqlKind.AS && as.operand(0).getKind() == SqlKind.SNAPSHOT) {
          JoinType type = ((SqlJoin) call).getJoinType();
          if (type != JoinType.INNER && type != JoinType.LEFT && type != JoinType.COMMA) {
            throw ValidationErrors.unsupported(call.getParserPosition(),
                "A " + type + " temporal join (only INNER and LEFT temporal joins exist)");
          }
        }
        return super.visit(call);
      }
    });
  }

  private RelNode sink(RelNode query, InsertTarget target) {
    RexBuilder rex = query.getCluster().getRexBuilder();
    TypeConverter types = new TypeConverter(context.typeFactory());
    List<RexNode> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Column column : target.writableColumns()) {
      RelDataType type = types.toRelDataType(column.type());
      int position = target.targetColumns().indexOf(column);
      RexNode value = position < 0 ? rex.makeNullLiteral(type)
          : rex.makeCast(type, rex.makeInputRef(query, position), true, false);
      values.add(value);
      names.add(column.name());
    }
    RelNode cast = RelOptUtil.createProject(query, values, names);
    return new LogicalSink(query.getCluster(), query.getTraitSet(), cast, target.identifier(),
        names);
  }

  private static RelNode optimize(RelNode plan) {
    HepPlanner planner = new HepPlanner(SIMPLIFY);
    planner.setRoot(plan);
    return planner.findBestExp();
  }
}
