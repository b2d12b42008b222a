package io.eddy.planner;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.physical.TableConnectors;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;
import java.util.Set;

/**
 * Table connectors for planner tests that print plans without running them: only the question
 * whether a sink accepts updates is answered (print and blackhole do, as in the engine).
 */
final class PlanOnlyConnectors implements TableConnectors {

  private static final Set<String> UPDATING = Set.of("print", "blackhole");

  @Override
  public Source<?> createSource(ObjectIdentifier identifier, CatalogTable table,
      RowSchema physicalSchema, List<Integer> projection, List<String> metadataKeys,
      WatermarkStrategy watermarks) {
    throw new UnsupportedOperationException("plans only");
  }

  @Override
  public Sink<?> createSink(ObjectIdentifier identifier, CatalogTable table, RowSchema schema) {
    throw new UnsupportedOperationException("plans only");
  }

  @Override
  public boolean acceptsUpdates(CatalogTable table) {
    return UPDATING.contains(table.options().getOrDefault("connector", ""));
  }
}
