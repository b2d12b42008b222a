package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.normalize.ChangelogNormalizeOperator;

/**
 * Flink's ChangelogNormalize after an upsert source (upsert-kafka): hashed by the table's primary
 * key, it keeps the last row per key and turns upserts into {@code +I} or {@code -U}/{@code +U}
 * pairs and key-only deletes into {@code -D} of the full row, so any query can consume the table.
 */
public final class ChangelogNormalizeNode extends PartitionedNode {

  /**
   * @param input the upsert source's scan
   * @param primaryKey input fields of the primary key (not empty)
   */
  public ChangelogNormalizeNode(PhysicalNode input, int[] primaryKey) {
    super(input.rowType(), input, ChangelogMode.ALL, primaryKey);
    if (primaryKey.length == 0) {
      throw new IllegalArgumentException("ChangelogNormalize needs a primary key");
    }
  }

  /** The same normalization over another input with the same row (the scan with a watermark). */
  public ChangelogNormalizeNode withInput(PhysicalNode newInput) {
    return new ChangelogNormalizeNode(newInput, partitionKey());
  }

  @Override
  public String name() {
    return "ChangelogNormalize";
  }

  @Override
  public String attributes() {
    return "key=[" + SortOrders.names(partitionKey(), input().rowType().getFieldNames()) + "]";
  }

  @Override
  public String state() {
    return "the last row per key";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    KeySelector key = context.sharedKeySelector(schema, partitionKey());
    return context.addOperator(this, () -> new ChangelogNormalizeOperator(key, schema));
  }
}
