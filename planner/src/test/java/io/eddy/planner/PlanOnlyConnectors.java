package io.eddy.planner;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.TableConnectors;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;
import java.util.Set;

/**
 * Table connectors for planner tests that print plans (and generated code) without running them: only the questions
 * whether a sink accepts updates (print, blackhole and upsert-kafka do, as in the engine), whether it reads
 * {@code -U} rows (blackhole and upsert-kafka do not) and what a source emits (upsert-kafka an upsert
 * stream, debezium-json a full changelog) are answered.
 */
final class PlanOnlyConnectors implements TableConnectors {

  private static final Set<String> UPDATING = Set.of("print", "blackhole", "upsert-kafka");
  private static final Set<String> WITHOUT_UPDATE_BEFORE = Set.of("blackhole", "upsert-kafka");

  @Override
  public Source<?> createSource(ObjectIdentifier identifier, CatalogTable table,
      RowSchema physicalSchema, List<Integer> projection, List<String> metadataKeys,
      WatermarkStrategy watermarks) {
    return new Source<>() {
      @Override
      public Boundedness boundedness() {
        throw new UnsupportedOperationException("plans only");
      }

      @Override
      public SplitEnumerator<SourceSplit> createEnumerator(EnumeratorContext<SourceSplit> context,
          byte[] restoredState) {
        throw new UnsupportedOperationException("plans only");
      }

      @Override
      public SourceReader<SourceSplit> createReader(ReaderContext context) {
        throw new UnsupportedOperationException("plans only");
      }

      @Override
      public SplitSerializer<SourceSplit> splitSerializer() {
        throw new UnsupportedOperationException("plans only");
      }
    };
  }

  @Override
  public Sink<?> createSink(ObjectIdentifier identifier, CatalogTable table, RowSchema schema) {
    return context -> {
      throw new UnsupportedOperationException("plans only");
    };
  }

  @Override
  public ChangelogMode sourceChangelogMode(CatalogTable table) {
    if (table.options().getOrDefault("connector", "").equals("upsert-kafka")) {
      return ChangelogMode.UPSERT;
    }
    return table.options().getOrDefault("format", "").equals("debezium-json") ? ChangelogMode.ALL
        : ChangelogMode.INSERT_ONLY;
  }

  @Override
  public boolean acceptsUpdates(CatalogTable table) {
    return UPDATING.contains(table.options().getOrDefault("connector", ""));
  }

  @Override
  public boolean sinkReadsUpdateBefore(CatalogTable table) {
    return !WITHOUT_UPDATE_BEFORE.contains(table.options().getOrDefault("connector", ""));
  }
}
