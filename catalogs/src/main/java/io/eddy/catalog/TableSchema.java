package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.RowType;
import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimestampType;
import io.eddy.catalog.types.TypeRoot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved schema of a table or view: ordered columns, an optional watermark and an optional
 * primary key. Construction validates it as Flink does: column names unique (case-sensitive),
 * primary key columns exist and are physical (they become NOT NULL), the watermark column exists
 * and is TIMESTAMP(p) or TIMESTAMP_LTZ(p) with p &lt;= 3 (it is marked as the rowtime attribute).
 */
public record TableSchema(List<Column> columns, Optional<WatermarkSpec> watermark,
    Optional<PrimaryKey> primaryKey) {

  public TableSchema {
    requireNonNull(columns, "columns is null");
    requireNonNull(watermark, "watermark is null");
    requireNonNull(primaryKey, "primaryKey is null");
    Map<String, Integer> positions = new HashMap<>();
    List<Column> checked = new ArrayList<>(columns);
    for (int i = 0; i < checked.size(); i++) {
      Column column = requireNonNull(checked.get(i), "column is null");
      if (positions.putIfAbsent(column.name(), i) != null) {
        throw new InvalidSchemaException("Column `" + column.name() + "` is declared twice");
      }
    }
    primaryKey.ifPresent(key -> makeKeyNotNull(key, positions, checked));
    watermark.ifPresent(spec -> markRowtime(spec, positions, checked));
    columns = List.copyOf(checked);
  }

  /** A schema of the given columns, without watermark or primary key. */
  public static TableSchema of(List<Column> columns) {
    return new TableSchema(columns, Optional.empty(), Optional.empty());
  }

  /** A builder in declaration order. */
  public static Builder builder() {
    return new Builder();
  }

  private static void makeKeyNotNull(PrimaryKey key, Map<String, Integer> positions,
      List<Column> columns) {
    for (String name : key.columns()) {
      Integer position = positions.get(name);
      if (position == null) {
        throw new InvalidSchemaException(
            "Primary key column `" + name + "` is not a column of the table");
      }
      Column column = columns.get(position);
      if (!column.isPhysical()) {
        throw new InvalidSchemaException("Primary key column `" + name
            + "` must be a physical column, but it is a " + column.kind() + " column");
      }
      columns.set(position, column.withType(column.type().notNull()));
    }
  }

  private static void markRowtime(WatermarkSpec spec, Map<String, Integer> positions,
      List<Column> columns) {
    Integer position = positions.get(spec.rowtimeColumn());
    if (position == null) {
      throw new InvalidSchemaException(
          "Watermark column `" + spec.rowtimeColumn() + "` is not a column of the table");
    }
    Column column = columns.get(position);
    DataType type = column.type();
    boolean timestamp = type.root() == TypeRoot.TIMESTAMP || type.root() == TypeRoot.TIMESTAMP_LTZ;
    if (!timestamp || ((TimestampType) type).precision() > 3) {
      throw new InvalidSchemaException("Watermark column `" + spec.rowtimeColumn()
          + "` must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p) with p from 0 to 3, but is "
          + type.asSerializableString());
    }
    columns.set(position,
        column.withType(((TimestampType) type).withTimeAttribute(TimeAttribute.ROWTIME)));
  }

  /** The column named {@code name}, if any. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** All column names in order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The physical columns in order. */
  public List<Column> physicalColumns() {
    return columns.stream().filter(Column::isPhysical).toList();
  }

  /** The row a connector produces: the physical columns as a NOT NULL ROW. */
  public RowType physicalRowType() {
    return new RowType(physicalColumns().stream()
        .map(c -> new RowType.Field(c.name(), c.type())).toList(), false);
  }

  /** Builds a schema column by column. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private WatermarkSpec watermark;
    private PrimaryKey primaryKey;

    private Builder() {}

    public Builder column(String name, DataType type) {
      return column(Column.physical(name, type));
    }

    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    public Builder computed(String name, DataType type, String expression) {
      return column(Column.computed(name, type, expression));
    }

    public Builder metadata(String name, DataType type, String key, boolean virtual) {
      return column(Column.metadata(name, type, key, virtual));
    }

    public Builder watermark(String rowtimeColumn, String expression) {
      this.watermark = new WatermarkSpec(rowtimeColumn, expression);
      return this;
    }

    public Builder primaryKey(String... columnNames) {
      this.primaryKey = PrimaryKey.of(List.of(columnNames));
      return this;
    }

    public Builder primaryKey(PrimaryKey key) {
      this.primaryKey = key;
      return this;
    }

    public TableSchema build() {
      return new TableSchema(columns, Optional.ofNullable(watermark),
          Optional.ofNullable(primaryKey));
    }
  }
}
