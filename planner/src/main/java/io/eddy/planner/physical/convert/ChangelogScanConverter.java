package io.eddy.planner.physical.convert;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.PrimaryKey;
import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.ChangelogNormalizeNode;
import io.eddy.planner.physical.nodes.ScanNode;
import io.eddy.planner.schema.ConnectorTable;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;

/**
 * A scan of a table whose source emits changes, not only inserts. A full changelog (debezium-json)
 * is a {@link ScanNode} with that mode. An upsert stream (upsert-kafka) is a scan followed by a
 * {@link ChangelogNormalizeNode} keyed by the primary key, as in Flink:
 * <pre>
 * LogicalTableScan(t)   becomes   ChangelogNormalize(key=[id])
 *                                 +- Exchange(distribution=[hash[id]])
 *                                    +- TableSourceScan(t) changelogMode=[I,UA,D]
 * </pre>
 * Insert-only scans are left to {@link ScanConverter}.
 */
final class ChangelogScanConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof TableScan scan)) {
      return Optional.empty();
    }
    ConnectorTable table = scan.getTable().unwrap(ConnectorTable.class);
    if (table == null) {
      return Optional.empty();
    }
    ChangelogMode mode = planner.sourceChangelogMode(table.table());
    if (mode.isInsertOnly()) {
      return Optional.empty();
    }
    ScanNode scanNode = new ScanNode(table.identifier(), table.table(), scan.getRowType(),
        scan.getCluster().getTypeFactory(), mode);
    if (!mode.equals(ChangelogMode.UPSERT)) {
      return Optional.of(scanNode);
    }
    return Optional.of(new ChangelogNormalizeNode(scanNode, primaryKey(table, scanNode)));
  }

  private static int[] primaryKey(ConnectorTable table, ScanNode scan) {
    CatalogTable catalogTable = table.table();
    List<String> columns = catalogTable.schema().primaryKey().map(PrimaryKey::columns).orElseThrow(() ->
        PlannerException.of(PlannerException.Category.VALIDATION, "Table "
            + table.identifier().asSerializableString() + " is read as an upsert stream and needs a "
            + "PRIMARY KEY. Hint: add PRIMARY KEY (...) NOT ENFORCED"));
    List<String> names = scan.rowType().getFieldNames();
    return columns.stream().mapToInt(names::indexOf).toArray();
  }
}
