package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.types.FieldTypes;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A node of the streaming physical plan: what one operator (or a source or sink) does, the row it
 * produces, the changelog it emits and the state it keeps. Nodes are immutable; a plan is a tree
 * (a DAG when a statement set shares sources). {@link #translate} adds the node's operator to a
 * job graph.
 */
public abstract class PhysicalNode {

  private final RelDataType rowType;
  private final List<PhysicalNode> inputs;
  private final ChangelogMode changelogMode;

  protected PhysicalNode(RelDataType rowType, List<PhysicalNode> inputs,
      ChangelogMode changelogMode) {
    this.rowType = requireNonNull(rowType, "rowType is null");
    this.inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
    this.changelogMode = requireNonNull(changelogMode, "changelogMode is null");
  }

  /** The row this node produces. */
  public final RelDataType rowType() {
    return rowType;
  }

  /** The runtime layout of the row this node produces. */
  public final RowSchema rowSchema() {
    return FieldTypes.rowSchema(rowType);
  }

  /** The nodes this one reads, in input order. */
  public final List<PhysicalNode> inputs() {
    return inputs;
  }

  /** The single input of a one-input node. */
  public final PhysicalNode input() {
    if (inputs.size() != 1) {
      throw new IllegalStateException(name() + " has " + inputs.size() + " inputs");
    }
    return inputs.get(0);
  }

  /** The kinds of change this node emits. */
  public final ChangelogMode changelogMode() {
    return changelogMode;
  }

  /** The operator's name in plans, as Flink names it: Calc, GroupAggregate, Join, ... */
  public abstract String name();

  /** The node's attributes in plans: {@code table=[bids], fields=[a, b]}. */
  public abstract String attributes();

  /** The state the node keeps, for EXPLAIN; empty when it keeps none. */
  public String state() {
    return "";
  }

  /** How each input's rows must be spread over this node's subtasks. */
  public InputDistribution inputDistribution(int input) {
    return InputDistribution.ANY;
  }

  /**
   * The parallelism this node needs, or 0 to take the job's default. Nodes that must run once
   * (a global aggregate, a query's result) return 1.
   */
  public int requiredParallelism() {
    return 0;
  }

  /**
   * Whether this node needs its inputs' {@code -U} rows, given whether its own consumers read its
   * {@code -U} rows. By default always: an operator that keeps or retracts rows by value needs the
   * old row of each update. See {@link UpdateBeforeDemand}.
   */
  public boolean readsUpdateBefore(boolean outputUpdateBeforeRead) {
    return true;
  }

  /** Whether the node emits each input row with its row kind unchanged: a projection, a filter, a union, a sink. */
  public boolean passesRowKinds() {
    return false;
  }

  /**
   * Whether the node leaves out the {@code -U} rows no consumer reads (group aggregation, Top-N and
   * deduplication then emit {@code +U} alone, as an upsert stream keyed by their key).
   */
  public boolean omitsUnreadUpdateBefore() {
    return false;
  }

  /**
   * Adds this node's operator to the graph in {@code context}, with edges from its translated
   * inputs, and returns its vertex id. Called once per node.
   */
  public abstract int translate(TranslationContext context);

  /** The node's one-line description: name and attributes. */
  @Override
  public String toString() {
    return name() + "(" + attributes() + ")";
  }
}
