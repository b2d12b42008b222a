package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogView;
import io.eddy.catalog.ObjectIdentifier;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.schema.TranslatableTable;

/**
 * A {@link CatalogView} in the Calcite schema: validated against its stored row type, planned by
 * expanding its stored, fully qualified query text.
 */
public final class ViewTable extends SchemaTable implements TranslatableTable {

  private final CatalogView view;

  ViewTable(ObjectIdentifier identifier, CatalogView view) {
    super(identifier, requireNonNull(view, "view is null").schema());
    this.view = view;
  }

  /** The catalog entry. */
  public CatalogView view() {
    return view;
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelDataType rowType = relOptTable.getRowType();
    ObjectIdentifier name = identifier();
    RelNode rel = context.expandView(rowType, view.expandedQuery(),
        List.of(name.catalogName(), name.databaseName()),
        List.of(name.catalogName(), name.databaseName(), name.objectName())).rel;
    return RelOptUtil.createCastRel(rel, rowType, true);
  }

  @Override
  public String toString() {
    return "ViewTable " + identifier();
  }
}
