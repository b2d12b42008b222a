package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.util.List;

/** INSERT INTO a connector table: writes its input's rows (the table's writable columns). */
public final class TableSinkNode extends PhysicalNode {

  private final ObjectIdentifier identifier;
  private final CatalogTable table;

  public TableSinkNode(PhysicalNode input, ObjectIdentifier identifier, CatalogTable table) {
    super(input.rowType(), List.of(input), input.changelogMode());
    this.identifier = requireNonNull(identifier, "identifier is null");
    this.table = requireNonNull(table, "table is null");
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
  public int translate(TranslationContext context) {
    Sink<?> sink = context.connectors().createSink(identifier, table, rowSchema());
    return context.addOperator(this, SinkWriterOperator.factory(sink));
  }
}
