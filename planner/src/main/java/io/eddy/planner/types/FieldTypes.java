package io.eddy.planner.types;

import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * The runtime's field types (runtime/DESIGN-ROWS.md) of Calcite types: how a planned row is laid
 * out when it runs. Time attributes are timestamps at run time.
 */
public final class FieldTypes {

  private FieldTypes() {
  }

  /** The runtime row schema of a Calcite row type, field names kept. */
  public static RowSchema rowSchema(RelDataType rowType) {
    List<RowSchema.Field> fields = new ArrayList<>(rowType.getFieldCount());
    for (RelDataTypeField field : rowType.getFieldList()) {
      fields.add(new RowSchema.Field(field.getName(), of(field.getType())));
    }
    return new RowSchema(fields);
  }

  /** The runtime field type of a Calcite type. */
  public static FieldType of(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> FieldType.BOOLEAN;
      case TINYINT -> FieldType.TINYINT;
      case SMALLINT -> FieldType.SMALLINT;
      case INTEGER -> FieldType.INT;
      case BIGINT -> FieldType.BIGINT;
      case FLOAT, REAL -> FieldType.FLOAT;
      case DOUBLE -> FieldType.DOUBLE;
      case DATE -> FieldType.DATE;
      case TIME -> FieldType.TIME;
      case TIMESTAMP -> FieldType.timestamp(type.getPrecision());
      case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> FieldType.timestampLtz(type.getPrecision());
      case DECIMAL -> FieldType.decimal(type.getPrecision(), type.getScale());
      case CHAR, VARCHAR -> FieldType.STRING;
      case BINARY, VARBINARY -> FieldType.BYTES;
      case ARRAY, MULTISET -> FieldType.array(of(type.getComponentType()));
      case MAP -> FieldType.map(of(type.getKeyType()), of(type.getValueType()));
      case ROW -> FieldType.row(rowSchema(type));
      case NULL -> FieldType.STRING;
      default -> throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "Values of type " + type.getFullTypeString() + " cannot be produced at run time");
    };
  }

  /** Whether the runtime keeps values of {@code type} in a row's long slot. */
  public static boolean isFixedWidth(RelDataType type) {
    FieldKind kind = of(type).kind();
    return kind.isFixedWidth();
  }
}
