package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.types.RowType;
import io.eddy.planner.rel.LogicalWatermarkAssigner;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.TypeConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.google.common.collect.ImmutableList;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.RelOptTableImpl;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.TemporalTable;
import org.apache.calcite.schema.TranslatableTable;

/**
 * A connector-backed {@link CatalogTable} in the Calcite schema. It plans as a scan of the stored
 * (physical and metadata) columns followed, when the table has computed columns, by a projection
 * that computes them in declaration order, and, when it has a WATERMARK, by a
 * {@link LogicalWatermarkAssigner}.
 */
public final class ConnectorTable extends SchemaTable implements TranslatableTable, TemporalTable {

  private final CatalogTable table;
  private final ComputedColumnExpander expander;

  ConnectorTable(ObjectIdentifier identifier, CatalogTable table,
      ComputedColumnExpander expander) {
    super(identifier, requireNonNull(table, "table is null").schema());
    this.table = table;
    this.expander = requireNonNull(expander, "expander is null");
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelNode columns = columns(context, relOptTable);
    return schema().watermark().map(spec -> (RelNode) new LogicalWatermarkAssigner(
        columns.getCluster(), columns.getTraitSet(), columns,
        schema().columnNames().indexOf(spec.rowtimeColumn()),
        expander.expand(spec.expression(), columns))).orElse(columns);
  }

  private RelNode columns(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelOptCluster cluster = context.getCluster();
    List<Column> columns = schema().columns();
    if (columns.stream().noneMatch(ConnectorTable::isComputed)) {
      return LogicalTableScan.create(cluster, relOptTable, context.getTableHints());
    }
    List<Column> stored = columns.stream().filter(c -> !isComputed(c)).toList();
    TypeConverter types = new TypeConverter((EddyTypeFactory) cluster.getTypeFactory());
    RelDataType storedRow = types.toTableRowType(new RowType(stored.stream()
        .map(c -> new RowType.Field(c.name(), c.type())).toList(), false));
    RelOptTable source = RelOptTableImpl.create(relOptTable.getRelOptSchema(), storedRow, this,
        ImmutableList.copyOf(relOptTable.getQualifiedName()));
    RelNode scan = LogicalTableScan.create(cluster, source, context.getTableHints());
    RexBuilder rex = cluster.getRexBuilder();
    List<RexNode> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      RexNode value;
      if (column instanceof Column.ComputedColumn computed) {
        RelDataType declared = types.toRelDataType(column.type());
        value = expander.expand(computed.expression(), scan);
        if (!value.getType().equals(declared)) {
          value = rex.makeAbstractCast(declared, value, false);
        }
      } else {
        value = rex.makeInputRef(scan, stored.indexOf(column));
      }
      values.add(value);
      names.add(column.name());
    }
    return LogicalProject.create(scan, List.of(), values, names, Set.of());
  }

  private static boolean isComputed(Column column) {
    return column instanceof Column.ComputedColumn;
  }

  /**
   * Calcite lets {@code FOR SYSTEM_TIME AS OF} reach only temporal tables; whether the table is a
   * versioned table (primary key and rowtime) is checked when the temporal join is planned, so the
   * period columns Calcite asks for are never used.
   */
  @Override
  public String getSysStartFieldName() {
    return schema().columnNames().get(0);
  }

  @Override
  public String getSysEndFieldName() {
    return schema().columnNames().get(0);
  }

  /** The catalog entry. */
  public CatalogTable table() {
    return table;
  }

  @Override
  public String toString() {
    return "ConnectorTable " + identifier();
  }
}
