package io.eddy.planner.rel;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.ObjectIdentifier;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;

/**
 * The end of an INSERT's logical plan: writes its input's rows, already cast to the table's
 * column types, into the named table's columns.
 */
public final class LogicalSink extends SingleRel {

  private final ObjectIdentifier table;
  private final List<String> columns;

  /** Creates a sink writing {@code input} into {@code columns} of {@code table}. */
  public LogicalSink(RelOptCluster cluster, RelTraitSet traits, RelNode input,
      ObjectIdentifier table, List<String> columns) {
    super(cluster, traits, input);
    this.table = requireNonNull(table, "table is null");
    this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
  }

  /** The table written. */
  public ObjectIdentifier table() {
    return table;
  }

  /** The columns written, in the order of the input's fields. */
  public List<String> columns() {
    return columns;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalSink(getCluster(), traitSet, sole(inputs), table, columns);
  }

  @Override
  public RelWriter explainTerms(RelWriter writer) {
    return super.explainTerms(writer)
        .item("table", table.catalogName() + "." + table.databaseName() + "."
            + table.objectName())
        .item("fields", String.join(", ", columns));
  }
}
