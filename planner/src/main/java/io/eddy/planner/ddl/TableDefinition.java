package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlTableColumn;
import io.eddy.parser.ddl.SqlWatermark;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlNodeList;

/**
 * A table definition on its way from CREATE TABLE (possibly merged with a LIKE source) to a
 * catalog table: every part is either inherited (already valid, from the source table) or
 * declared (still SQL, validated with its position when the table is built).
 *
 * @param columns the columns in their final order
 * @param watermark the watermark: inherited spec or declared clause, or neither
 * @param primaryKey the primary key: inherited or declared, or neither
 * @param partitionKeys the partition keys; {@code declaredPartitions} holds their SQL when declared
 * @param declaredPartitions the PARTITIONED BY list as written, or null when inherited or absent
 * @param options the WITH options in order
 */
record TableDefinition(List<ColumnDraft> columns, Part<WatermarkSpec, SqlWatermark> watermark,
    Part<PrimaryKey, SqlPrimaryKey> primaryKey, List<String> partitionKeys,
    SqlNodeList declaredPartitions, Map<String, String> options) {

  TableDefinition {
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
    requireNonNull(watermark, "watermark is null");
    requireNonNull(primaryKey, "primaryKey is null");
    partitionKeys = List.copyOf(requireNonNull(partitionKeys, "partitionKeys is null"));
    requireNonNull(options, "options is null");
  }

  /**
   * A column: resolved ({@code column} set: inherited, or declared physical/metadata) or a
   * declared computed column still to be typed ({@code column} null).
   */
  record ColumnDraft(String name, Column column, SqlTableColumn declared) {

    ColumnDraft {
      requireNonNull(name, "name is null");
      if (column == null && !(declared instanceof SqlComputedColumn)) {
        throw new IllegalArgumentException("only computed columns may be unresolved: " + name);
      }
    }

    boolean isComputed() {
      return column == null ? true : column instanceof Column.ComputedColumn;
    }

    boolean isMetadata() {
      return column instanceof Column.MetadataColumn;
    }

    boolean isPhysical() {
      return column != null && column.isPhysical();
    }
  }

  /** A part of the definition that is inherited, declared, or absent. */
  record Part<I, D>(Optional<I> inherited, Optional<D> declared) {

    Part {
      requireNonNull(inherited, "inherited is null");
      requireNonNull(declared, "declared is null");
    }

    static <I, D> Part<I, D> declared(Optional<D> declared) {
      return new Part<>(Optional.empty(), declared);
    }

    static <I, D> Part<I, D> inherited(Optional<I> inherited) {
      return new Part<>(inherited, Optional.empty());
    }
  }
}
