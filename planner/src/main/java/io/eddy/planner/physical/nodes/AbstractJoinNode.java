package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.ExpressionPrinter;
import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.operators.join.EmptyKeySelector;
import io.eddy.runtime.operators.join.JoinSpec;
import io.eddy.runtime.operators.join.JoinType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * What every join node shares: the join type, the equi-join keys of both sides (hash-partitioning
 * both inputs; a join without keys runs in one subtask), the keys compared null-safely, the
 * remaining non-equi condition (generated code over the left and right rows), and how EXPLAIN
 * shows them.
 */
public abstract class AbstractJoinNode extends PhysicalNode {

  private final JoinType joinType;
  private final int[] leftKeys;
  private final int[] rightKeys;
  private final Set<Integer> nullSafeKeys;
  private final Optional<RexNode> condition;

  protected AbstractJoinNode(PhysicalNode left, PhysicalNode right, RelDataType rowType,
      ChangelogMode changelogMode, JoinType joinType, List<Integer> leftKeys,
      List<Integer> rightKeys, Set<Integer> nullSafeKeys, Optional<RexNode> condition) {
    super(rowType, List.of(left, right), changelogMode);
    this.joinType = requireNonNull(joinType, "joinType is null");
    this.leftKeys = leftKeys.stream().mapToInt(Integer::intValue).toArray();
    this.rightKeys = rightKeys.stream().mapToInt(Integer::intValue).toArray();
    this.nullSafeKeys = Set.copyOf(requireNonNull(nullSafeKeys, "nullSafeKeys is null"));
    this.condition = requireNonNull(condition, "condition is null");
    if (this.leftKeys.length != this.rightKeys.length) {
      throw new IllegalArgumentException("left keys " + leftKeys + " and right keys " + rightKeys
          + " differ in length");
    }
  }

  /** INNER, LEFT, RIGHT, FULL, SEMI or ANTI. */
  public final JoinType joinType() {
    return joinType;
  }

  /** Whether the join has equi-join keys; without, it runs in one subtask. */
  public final boolean hasKeys() {
    return leftKeys.length > 0;
  }

  /** The non-equi rest of the condition, over the left fields then the right fields. */
  public final Optional<RexNode> condition() {
    return condition;
  }

  @Override
  public int requiredParallelism() {
    return hasKeys() ? 0 : 1;
  }

  @Override
  public InputDistribution inputDistribution(int input) {
    if (!hasKeys()) {
      return InputDistribution.SINGLE;
    }
    PhysicalNode side = inputs().get(input);
    return InputDistribution.hash(input == 0 ? leftKeys : rightKeys, side.rowSchema());
  }

  /** {@code joinType=[InnerJoin], where=[...], leftKeys..., select=[...]}, as Flink prints joins. */
  @Override
  public String attributes() {
    List<String> leftNames = inputs().get(0).rowType().getFieldNames();
    List<String> rightNames = inputs().get(1).rowType().getFieldNames();
    List<String> names = new ArrayList<>(leftNames);
    names.addAll(rightNames);
    List<String> equalities = new ArrayList<>();
    for (int i = 0; i < leftKeys.length; i++) {
      String operator = nullSafeKeys.contains(i) ? " IS NOT DISTINCT FROM " : " = ";
      equalities.add(leftNames.get(leftKeys[i]) + operator + rightNames.get(rightKeys[i]));
    }
    condition.ifPresent(rest -> equalities.add(ExpressionPrinter.print(rest, names)));
    String where = equalities.isEmpty() ? "true" : String.join(" AND ", equalities);
    return "joinType=[" + joinTypeName() + "], where=[" + where + "]"
        + keysText("leftKeys", leftKeys, leftNames) + keysText("rightKeys", rightKeys, rightNames)
        + extraAttributes() + ", select=[" + String.join(", ", rowType().getFieldNames()) + "]";
  }

  /** Attributes of the specific join, each starting with {@code ", "}; empty by default. */
  protected String extraAttributes() {
    return "";
  }

  private static String keysText(String label, int[] keys, List<String> names) {
    if (keys.length == 0) {
      return "";
    }
    return ", " + label + "=[" + java.util.Arrays.stream(keys).mapToObj(names::get)
        .collect(Collectors.joining(", ")) + "]";
  }

  private String joinTypeName() {
    return switch (joinType) {
      case INNER -> "InnerJoin";
      case LEFT -> "LeftOuterJoin";
      case RIGHT -> "RightOuterJoin";
      case FULL -> "FullOuterJoin";
      case SEMI -> "LeftSemiJoin";
      case ANTI -> "LeftAntiJoin";
    };
  }

  /** The spec the join operator runs with; the condition is generated here, once per job. */
  protected final JoinSpecFactory specFactory(TranslationContext context) {
    PhysicalNode left = inputs().get(0);
    PhysicalNode right = inputs().get(1);
    RowSchema leftSchema = left.rowSchema();
    RowSchema rightSchema = right.rowSchema();
    KeySelector leftSelector = keySelector(context, leftSchema, leftKeys);
    KeySelector rightSelector = keySelector(context, rightSchema, rightKeys);
    GeneratedCode<RowCondition> code = condition.map(rest -> context.codeGenerator()
        .joinCondition(name(), left.rowType(), right.rowType(), rest)).orElse(null);
    return () -> new JoinSpec(joinType, leftSchema, rightSchema, leftSelector, rightSelector,
        code == null ? null : code.newInstance(), nullSafeKeys);
  }

  private static KeySelector keySelector(TranslationContext context, RowSchema schema,
      int[] keys) {
    return keys.length == 0 ? new EmptyKeySelector()
        : context.sharedKeySelector(schema, keys);
  }

  /** Makes a join spec per subtask (each with its own instance of the generated condition). */
  @FunctionalInterface
  protected interface JoinSpecFactory {
    JoinSpec create();
  }
}
