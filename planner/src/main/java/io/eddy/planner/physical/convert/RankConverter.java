package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.CalcNode;
import io.eddy.planner.physical.nodes.DeduplicateNode;
import io.eddy.planner.physical.nodes.RankNode;
import io.eddy.planner.physical.nodes.ValuesNode;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import io.eddy.runtime.operators.rank.RankRange;
import io.eddy.runtime.operators.rank.RankType;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import io.eddy.runtime.operators.rank.TopNSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * {@code ROW_NUMBER()}, {@code RANK()} or {@code DENSE_RANK()} {@code OVER (PARTITION BY ... ORDER
 * BY ...)} under a filter that bounds the rank (a Calc over a Window) becomes a Top-N
 * ({@link RankNode}), or for ROW_NUMBER a {@link DeduplicateNode} when it keeps row 1 ordered by a
 * time attribute and the row number is not selected. Other conditions and the projection stay in
 * a Calc above. A PARTITION BY holding window_start and window_end of a window table function
 * ranks within windows instead ({@link WindowRanking}). A ranking window without such a filter is
 * refused. (Flink ranks streams by ROW_NUMBER only; RANK and DENSE_RANK are Eddy's addition.)
 */
final class RankConverter implements NodeConverter {

  private static String noFilter(RankType type) {
    return type + " without a filter on its value (Top-N) is not supported";
  }

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (node instanceof Window window) {
      return rankingWindow(window).map(group -> {
        throw unsupported(noFilter(rankType(group)));
      });
    }
    if (!(node instanceof Calc calc) || !(calc.getInput() instanceof Window window)
        || rankingWindow(window).isEmpty()) {
      return Optional.empty();
    }
    RankType rankType = rankType(window.groups.get(0));
    RexProgram program = calc.getProgram();
    int rankField = window.getInput().getRowType().getFieldCount();
    RexBuilder rexBuilder = calc.getCluster().getRexBuilder();
    List<RexNode> projects = program.getProjectList().stream().map(program::expandLocalRef)
        .toList();
    List<RexNode> residual = new ArrayList<>();
    long start = 1;
    long end = Long.MAX_VALUE;
    boolean bounded = false;
    if (program.getCondition() != null) {
      RexNode condition = program.expandLocalRef(program.getCondition());
      for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
        Optional<RankBound> bound = RankBound.of(conjunct, rankField);
        if (bound.isPresent()) {
          start = Math.max(start, bound.get().start());
          end = Math.min(end, bound.get().end());
          bounded = true;
        }
        if (bound.isEmpty() || !bound.get().exact()) {
          residual.add(RexUtil.expandSearch(rexBuilder, null, conjunct));
        }
      }
    }
    if (!bounded) {
      throw unsupported(noFilter(rankType));
    }
    if (end == Long.MAX_VALUE) {
      throw unsupported(rankType + " needs an upper bound (rownum <= n) for Top-N");
    }
    if (end < start) {
      return Optional.of(new ValuesNode(calc.getRowType(), List.of(),
          calc.getCluster().getTypeFactory()));
    }
    Window.Group group = window.groups.get(0);
    Optional<WindowRanking> windowRanking = WindowRanking.of(window.getInput(),
        group.keys.toArray());
    if (windowRanking.isPresent() && start == end) {
      RexShuttle constant = constantRank(rankField, rexBuilder.makeBigintLiteral(
          BigDecimal.valueOf(start)));
      projects = projects.stream().map(project -> project.accept(constant)).toList();
      residual.replaceAll(conjunct -> conjunct.accept(constant));
    }
    boolean outputRankNumber = references(projects, rankField)
        || references(residual, rankField);
    ImmutableBitSet.Builder used = ImmutableBitSet.builder().addAll(group.keys);
    group.orderKeys.getFieldCollations().forEach(field -> used.set(field.getFieldIndex()));
    projects.forEach(project -> used.addAll(RelOptUtil.InputFinder.bits(project)));
    residual.forEach(conjunct -> used.addAll(RelOptUtil.InputFinder.bits(conjunct)));
    int[] kept = used.build().clear(rankField).toArray();
    int[] positions = new int[rankField + 1];
    for (int i = 0; i < kept.length; i++) {
      positions[kept[i]] = i;
    }
    positions[rankField] = kept.length;
    PhysicalNode input = planner.convert(pruned(window.getInput(), kept));
    RelDataType rankFieldType = window.getRowType().getFieldList().get(rankField).getType();
    SortSpec sort = Collations.sortSpec(group.orderKeys.getFieldCollations(), positions);
    RankRange range = new RankRange(start, end);
    RelDataTypeFactory typeFactory = calc.getCluster().getTypeFactory();
    PhysicalNode ranked = windowRanking.isPresent()
        ? windowRanking.get().at(positions).plan(input, rankType, sort, range, outputRankNumber,
            rankFieldType, typeFactory)
        : ranked(input, remap(group.keys.toArray(), positions), rankType, sort, range,
            outputRankNumber, rankFieldType, typeFactory);
    RexShuttle remap = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return new RexInputRef(positions[reference.getIndex()], reference.getType());
      }
    };
    List<RexNode> topProjects = projects.stream().map(project -> project.accept(remap)).toList();
    Optional<RexNode> condition = residual.isEmpty() ? Optional.empty()
        : Optional.of(RexUtil.composeConjunction(rexBuilder, residual).accept(remap));
    if (condition.isEmpty() && isIdentity(topProjects, ranked.rowType())) {
      return Optional.of(ranked);
    }
    return Optional.of(new CalcNode(ranked, calc.getRowType(), topProjects, condition));
  }

  /**
   * Replaces the row number by its only value, as Flink does for a window ranking of one rank,
   * so that a window deduplication may select it.
   */
  private static RexShuttle constantRank(int rankField, RexNode value) {
    return new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return reference.getIndex() == rankField ? value : reference;
      }
    };
  }

  /** {@code input} narrowed to the fields {@code kept}, in order (the input itself if all). */
  private static RelNode pruned(RelNode input, int[] kept) {
    if (kept.length == input.getRowType().getFieldCount()) {
      return input;
    }
    List<RelDataTypeField> fields = input.getRowType().getFieldList();
    List<RexNode> references = Arrays.stream(kept)
        .mapToObj(i -> (RexNode) new RexInputRef(i, fields.get(i).getType())).toList();
    List<String> names = Arrays.stream(kept).mapToObj(i -> fields.get(i).getName()).toList();
    return LogicalProject.create(input, List.of(), references, names, Set.of());
  }

  private static int[] remap(int[] fields, int[] positions) {
    return Arrays.stream(fields).map(field -> positions[field]).toArray();
  }

  /** The Top-N or deduplication over {@code input}. */
  private static PhysicalNode ranked(PhysicalNode input, int[] partitionKey, RankType rankType,
      SortSpec sort, RankRange range, boolean outputRankNumber, RelDataType rankFieldType,
      RelDataTypeFactory typeFactory) {
    if (keepsOneRow(rankType, sort, range, outputRankNumber)) {
      SortField order = sort.fields().get(0);
      RelDataType orderType = input.rowType().getFieldList().get(order.index()).getType();
      Keep keep = order.ascending() ? Keep.FIRST : Keep.LAST;
      boolean appendOnly = input.changelogMode().isInsertOnly();
      if (Collations.isProctime(orderType) && (appendOnly || keep == Keep.LAST)) {
        return new DeduplicateNode(input, partitionKey, keep, DeduplicateNode.PROCESSING_TIME);
      }
      if (Collations.isRowtime(orderType) && appendOnly) {
        return new DeduplicateNode(input, partitionKey, keep, order.index());
      }
    }
    return new RankNode(input, rankedRowType(input, outputRankNumber, rankFieldType, typeFactory),
        partitionKey, rankType, sort, range, outputRankNumber);
  }

  /**
   * Whether a ranking keeps only row 1 by one order field, without selecting the row number (RANK
   * and DENSE_RANK keep every row tied for rank 1, so they never deduplicate).
   */
  static boolean keepsOneRow(RankType rankType, SortSpec sort, RankRange range,
      boolean outputRankNumber) {
    return rankType == RankType.ROW_NUMBER && !outputRankNumber && range.start() == 1
        && range.end() == 1 && sort.fields().size() == 1;
  }

  /** The row of a ranking over {@code input}: its row, plus the row number when selected. */
  static RelDataType rankedRowType(PhysicalNode input, boolean outputRankNumber,
      RelDataType rankType, RelDataTypeFactory typeFactory) {
    return !outputRankNumber ? input.rowType()
        : typeFactory.builder().addAll(input.rowType().getFieldList())
            .add(TopNSpec.RANK_FIELD, rankType).uniquify().build();
  }

  /** The group of a window whose only function is a ranking one, or empty for other windows. */
  private static Optional<Window.Group> rankingWindow(Window window) {
    if (window.groups.size() != 1 || window.groups.get(0).aggCalls.size() != 1) {
      return Optional.empty();
    }
    Window.Group group = window.groups.get(0);
    SqlKind kind = group.aggCalls.get(0).getOperator().getKind();
    boolean ranking = kind == SqlKind.ROW_NUMBER || kind == SqlKind.RANK
        || kind == SqlKind.DENSE_RANK;
    return ranking ? Optional.of(group) : Optional.empty();
  }

  private static RankType rankType(Window.Group group) {
    return switch (group.aggCalls.get(0).getOperator().getKind()) {
      case RANK -> RankType.RANK;
      case DENSE_RANK -> RankType.DENSE_RANK;
      default -> RankType.ROW_NUMBER;
    };
  }

  private static boolean references(List<RexNode> expressions, int field) {
    return expressions.stream().anyMatch(e -> RelOptUtil.InputFinder.bits(e).get(field));
  }

  private static boolean isIdentity(List<RexNode> projects, RelDataType rowType) {
    if (projects.size() != rowType.getFieldCount()) {
      return false;
    }
    for (int i = 0; i < projects.size(); i++) {
      if (!RankBound.isField(projects.get(i), i)) {
        return false;
      }
    }
    return true;
  }

  private static PlannerException unsupported(String message) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED, message);
  }
}
