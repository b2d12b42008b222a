package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.RowType;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.TypeConverter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table or view as Calcite sees it: its full name and a row type made of all its columns
 * (physical, computed and metadata) in declaration order, the watermark column as a rowtime
 * attribute.
 */
abstract class SchemaTable extends AbstractTable {

  private final ObjectIdentifier identifier;
  private final TableSchema schema;

  SchemaTable(ObjectIdentifier identifier, TableSchema schema) {
    this.identifier = requireNonNull(identifier, "identifier is null");
    this.schema = requireNonNull(schema, "schema is null");
  }

  /** The full name of the table or view. */
  public ObjectIdentifier identifier() {
    return identifier;
  }

  /** The resolved schema. */
  public TableSchema schema() {
    return schema;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RowType row = new RowType(schema.columns().stream()
        .map(column -> new RowType.Field(column.name(), column.type()))
        .toList(), false);
    return new TypeConverter((EddyTypeFactory) typeFactory).toTableRowType(row);
  }
}
