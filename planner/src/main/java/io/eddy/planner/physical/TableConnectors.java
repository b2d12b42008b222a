package io.eddy.planner.physical;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;

/**
 * Where the planner gets the runtime sources and sinks of catalog tables. The planner knows no
 * connector; whoever runs the planner (the engine) builds them from the table's options.
 */
public interface TableConnectors {

  /**
   * A source producing the physical columns {@code projection} (indexes into
   * {@code physicalSchema}), in that order, followed by the metadata {@code metadataKeys}.
   */
  Source<?> createSource(ObjectIdentifier identifier, CatalogTable table, RowSchema physicalSchema,
      List<Integer> projection, List<String> metadataKeys, WatermarkStrategy watermarks);

  /** A sink accepting rows of {@code schema} (the table's writable columns). */
  Sink<?> createSink(ObjectIdentifier identifier, CatalogTable table, RowSchema schema);

  /** Whether the table's sink accepts updates and deletes, not only inserts. */
  boolean acceptsUpdates(CatalogTable table);

  /**
   * Whether the table's sink reads {@code -U} rows; when not, the plan's aggregations, Top-N and deduplication
   * leave them out (Flink's blackhole and upsert-kafka take {@code +U} alone).
   */
  default boolean sinkReadsUpdateBefore(CatalogTable table) {
    return true;
  }

  /**
   * What a scan of the table emits: insert-only (the default), an upsert stream by its primary
   * key (the planner adds a ChangelogNormalize) or a full changelog.
   */
  default ChangelogMode sourceChangelogMode(CatalogTable table) {
    return ChangelogMode.INSERT_ONLY;
  }

  /** The message of an option error, with secrets masked; used by planning errors. */
  default String describe(ObjectIdentifier identifier) {
    return identifier.asSerializableString();
  }
}
