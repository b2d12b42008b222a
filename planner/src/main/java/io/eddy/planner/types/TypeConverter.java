package io.eddy.planner.types;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.ArrayType;
import io.eddy.catalog.types.BinaryType;
import io.eddy.catalog.types.CharType;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.DecimalType;
import io.eddy.catalog.types.MapType;
import io.eddy.catalog.types.MultisetType;
import io.eddy.catalog.types.PrimitiveType;
import io.eddy.catalog.types.RowType;
import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimeType;
import io.eddy.catalog.types.TimestampType;
import io.eddy.catalog.types.TypeRoot;
import io.eddy.catalog.types.VarBinaryType;
import io.eddy.catalog.types.VarCharType;
import io.eddy.planner.PlannerException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Exact two-way conversion between Eddy's catalog {@link DataType}s and Calcite
 * {@link RelDataType}s: every type, nullability, nested ROW field names, time attributes.
 * ROW field comments have no place in Calcite types and are dropped on the way in.
 */
public final class TypeConverter {

  private final EddyTypeFactory typeFactory;

  /** Creates a converter that builds Calcite types with the given factory. */
  public TypeConverter(EddyTypeFactory typeFactory) {
    this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
  }

  /** The factory Calcite types are built with. */
  public EddyTypeFactory typeFactory() {
    return typeFactory;
  }

  /** The Calcite type of a catalog type. */
  public RelDataType toRelDataType(DataType type) {
    RelDataType converted = convert(type);
    return typeFactory.createTypeWithNullability(converted, type.nullable());
  }

  private RelDataType convert(DataType type) {
    if (type instanceof PrimitiveType primitive) {
      return typeFactory.createSqlType(primitiveName(primitive.root()));
    } else if (type instanceof DecimalType decimal) {
      return typeFactory.createSqlType(SqlTypeName.DECIMAL, decimal.precision(), decimal.scale());
    } else if (type instanceof CharType chars) {
      return typeFactory.createSqlType(SqlTypeName.CHAR, chars.length());
    } else if (type instanceof VarCharType chars) {
      return typeFactory.createSqlType(SqlTypeName.VARCHAR, chars.length());
    } else if (type instanceof BinaryType bytes) {
      return typeFactory.createSqlType(SqlTypeName.BINARY, bytes.length());
    } else if (type instanceof VarBinaryType bytes) {
      return typeFactory.createSqlType(SqlTypeName.VARBINARY, bytes.length());
    } else if (type instanceof TimeType time) {
      return typeFactory.createSqlType(SqlTypeName.TIME, time.precision());
    } else if (type instanceof TimestampType timestamp) {
      return timestamp(timestamp);
    } else if (type instanceof ArrayType array) {
      return typeFactory.createArrayType(toRelDataType(array.elementType()), -1);
    } else if (type instanceof MultisetType multiset) {
      return typeFactory.createMultisetType(toRelDataType(multiset.elementType()), -1);
    } else if (type instanceof MapType map) {
      return typeFactory.createMapType(toRelDataType(map.keyType()),
          toRelDataType(map.valueType()));
    } else if (type instanceof RowType row) {
      return row(row, StructKind.PEEK_FIELDS_NO_EXPAND);
    }
    throw new IllegalArgumentException("Unknown type " + type);
  }

  /** The Calcite row type of a table's columns: a top-level, fully qualified record. */
  public RelDataType toTableRowType(RowType row) {
    return row(row, StructKind.FULLY_QUALIFIED);
  }

  /**
   * The catalog type of a Calcite type.
   *
   * @throws PlannerException for Calcite types without a catalog counterpart (NULL, INTERVAL)
   */
  public DataType toDataType(RelDataType type) {
    boolean nullable = type.isNullable();
    SqlTypeName name = type.getSqlTypeName();
    return switch (name) {
      case BOOLEAN -> new PrimitiveType(TypeRoot.BOOLEAN, nullable);
      case TINYINT -> new PrimitiveType(TypeRoot.TINYINT, nullable);
      case SMALLINT -> new PrimitiveType(TypeRoot.SMALLINT, nullable);
      case INTEGER -> new PrimitiveType(TypeRoot.INTEGER, nullable);
      case BIGINT -> new PrimitiveType(TypeRoot.BIGINT, nullable);
      case FLOAT, REAL -> new PrimitiveType(TypeRoot.FLOAT, nullable);
      case DOUBLE -> new PrimitiveType(TypeRoot.DOUBLE, nullable);
      case DATE -> new PrimitiveType(TypeRoot.DATE, nullable);
      case DECIMAL -> new DecimalType(type.getPrecision(), type.getScale(), nullable);
      case CHAR -> new CharType(Math.max(1, type.getPrecision()), nullable);
      case VARCHAR -> new VarCharType(Math.max(1, type.getPrecision()), nullable);
      case BINARY -> new BinaryType(Math.max(1, type.getPrecision()), nullable);
      case VARBINARY -> new VarBinaryType(Math.max(1, type.getPrecision()), nullable);
      case TIME -> new TimeType(type.getPrecision(), nullable);
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> new TimestampType(type.getPrecision(),
          name == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, timeAttribute(type), nullable);
      case ARRAY -> new ArrayType(toDataType(type.getComponentType()), nullable);
      case MULTISET -> new MultisetType(toDataType(type.getComponentType()), nullable);
      case MAP -> new MapType(toDataType(type.getKeyType()), toDataType(type.getValueType()),
          nullable);
      case ROW -> toRowType(type);
      default -> throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "Type " + TypeNames.flinkSpelling(type.getFullTypeString())
              + " cannot be the type of a column or field");
    };
  }

  /** The catalog row type of a Calcite struct type. */
  public RowType toRowType(RelDataType type) {
    List<RowType.Field> fields = new ArrayList<>(type.getFieldCount());
    for (RelDataTypeField field : type.getFieldList()) {
      fields.add(new RowType.Field(field.getName(), toDataType(field.getType())));
    }
    return new RowType(fields, type.isNullable());
  }

  private RelDataType row(RowType row, StructKind kind) {
    List<RelDataType> types = new ArrayList<>(row.fields().size());
    for (RowType.Field field : row.fields()) {
      types.add(toRelDataType(field.type()));
    }
    return typeFactory.createRowType(kind, types, row.fieldNames(), row.nullable());
  }

  private RelDataType timestamp(TimestampType timestamp) {
    if (timestamp.timeAttribute() != TimeAttribute.NONE) {
      return typeFactory.createTimeIndicatorType(timestamp.localTimeZone(),
          timestamp.precision(), timestamp.timeAttribute() == TimeAttribute.ROWTIME,
          timestamp.nullable());
    }
    SqlTypeName name = timestamp.localTimeZone() ? SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE
        : SqlTypeName.TIMESTAMP;
    return typeFactory.createSqlType(name, timestamp.precision());
  }

  private static TimeAttribute timeAttribute(RelDataType type) {
    if (type instanceof TimeIndicatorType indicator) {
      return indicator.isEventTime() ? TimeAttribute.ROWTIME : TimeAttribute.PROCTIME;
    }
    return TimeAttribute.NONE;
  }

  private static SqlTypeName primitiveName(TypeRoot root) {
    return switch (root) {
      case TINYINT -> SqlTypeName.TINYINT;
      case SMALLINT -> SqlTypeName.SMALLINT;
      case INTEGER -> SqlTypeName.INTEGER;
      case BIGINT -> SqlTypeName.BIGINT;
      case FLOAT -> SqlTypeName.FLOAT;
      case DOUBLE -> SqlTypeName.DOUBLE;
      case BOOLEAN -> SqlTypeName.BOOLEAN;
      case DATE -> SqlTypeName.DATE;
      default -> throw new IllegalArgumentException(root + " is not a primitive type");
    };
  }
}
