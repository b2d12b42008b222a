package io.eddy.planner.physical.convert;

import io.eddy.catalog.CatalogTable;
import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.ScanNode;
import io.eddy.planner.schema.ConnectorTable;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;

/**
 * A scan of a connector table becomes a {@link ScanNode} (without watermark; see the assigner),
 * shared with the table's other scans of the same columns ({@link PhysicalPlanner#sharedWholeScan}).
 */
final class ScanConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof TableScan scan)) {
      return Optional.empty();
    }
    ConnectorTable table = scan.getTable().unwrap(ConnectorTable.class);
    if (table == null) {
      throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "Reading " + String.join(".", scan.getTable().getQualifiedName())
              + " is not supported: it is not a connector table");
    }
    CatalogTable catalogTable = table.table();
    return Optional.of(planner.sharedWholeScan(new ScanNode(table.identifier(), catalogTable,
        scan.getRowType(), scan.getCluster().getTypeFactory())));
  }
}
