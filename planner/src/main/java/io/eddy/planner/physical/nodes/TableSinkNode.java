package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.PrimaryKey;
import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.util.List;

/**
 * INSERT INTO a connector table: writes its input's rows (the table's writable columns). Updates
 * into a table with a primary key (an upsert sink such as upsert-kafka) are hashed by that key, so
 * all changes of a key go through one writer in order.
 */
public final class TableSinkNode extends PhysicalNode {

  private final ObjectIdentifier identifier;
  private final CatalogTable table;
  private final boolean sinkReadsUpdateBefore;

  /**
   * @param sinkReadsUpdateBefore whether the table's sink reads {@code -U} rows; when it does not,
   *     the aggregation, Top-N and deduplication below may leave them out
   */
  public TableSinkNode(PhysicalNode input, ObjectIdentifier identifier, CatalogTable table,
      boolean sinkReadsUpdateBefore) {
    super(input.rowType(), List.of(input), input.changelogMode());
    this.identifier = requireNonNull(identifier, "identifier is null");
    this.table = requireNonNull(table, "table is null");
    this.sinkReadsUpdateBefore = sinkReadsUpdateBefore;
  }

  @Override
  public String name() {
    return "Sink";
  }

  @Override
  public String attributes() {
    return "table=[" + identifier.asSerializableString() + "], fields=["
        + String.join(", ", rowType().getFieldNames()) + "]";
  }

  @Override
  public InputDistribution inputDistribution(int input) {
    int[] key = upsertKey();
    return key.length == 0 ? InputDistribution.ANY : InputDistribution.hash(key, input().rowSchema());
  }

  /** The input fields of the table's primary key when the input updates, else none. */
  private int[] upsertKey() {
    if (input().changelogMode().isInsertOnly()) {
      return new int[0];
    }
    List<String> names = rowType().getFieldNames();
    return table.schema().primaryKey().map(PrimaryKey::columns).orElse(List.of()).stream()
        .mapToInt(names::indexOf).filter(index -> index >= 0).toArray();
  }

  /** Whether the connector's sink reads -U rows (blackhole and upsert-kafka do not). */
  @Override
  public boolean readsUpdateBefore(boolean outputUpdateBeforeRead) {
    return sinkReadsUpdateBefore;
  }

  @Override
  public boolean passesRowKinds() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    Sink<?> sink = context.connectors().createSink(identifier, table, rowSchema());
    return context.addOperator(this, SinkWriterOperator.factory(sink));
  }
}
