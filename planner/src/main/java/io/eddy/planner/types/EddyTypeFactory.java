package io.eddy.planner.types;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.RelDataTypeFieldImpl;
import org.apache.calcite.rel.type.RelRecordType;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The type factory of the planner: Calcite's Java type factory over {@link EddyTypeSystem}, with
 * {@link TimeIndicatorType time attributes} that survive nullability changes
 * and become plain timestamps where types are merged.
 */
public final class EddyTypeFactory extends JavaTypeFactoryImpl {

  /** Creates a factory over {@link EddyTypeSystem}. */
  public EddyTypeFactory() {
    super(EddyTypeSystem.INSTANCE);
  }

  /**
   * A time attribute type.
   *
   * @param localTimeZone TIMESTAMP_LTZ rather than TIMESTAMP
   * @param precision the timestamp precision
   * @param eventTime rowtime rather than proctime
   * @param nullable whether the column admits NULL
   */
  public RelDataType createTimeIndicatorType(boolean localTimeZone, int precision,
      boolean eventTime, boolean nullable) {
    SqlTypeName name = localTimeZone ? SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE
        : SqlTypeName.TIMESTAMP;
    return canonize(new TimeIndicatorType(typeSystem, name, precision, nullable, eventTime));
  }

  /**
   * A row type with exactly the given nullability; unlike {@link #createTypeWithNullability}
   * making a row nullable keeps the NOT NULL of its fields, as Flink's ROW types do.
   */
  public RelDataType createRowType(StructKind kind, List<RelDataType> types, List<String> names,
      boolean nullable) {
    List<RelDataTypeField> fields = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      fields.add(new RelDataTypeFieldImpl(names.get(i), i, types.get(i)));
    }
    return canonize(new RelRecordType(kind, fields, nullable));
  }

  /** The type without any time attribute, recursively through rows. */
  public RelDataType withoutTimeIndicators(RelDataType type) {
    if (type instanceof TimeIndicatorType indicator) {
      RelDataType plain = createSqlType(indicator.getSqlTypeName(), indicator.getPrecision());
      return createTypeWithNullability(plain, indicator.isNullable());
    }
    if (type.isStruct()) {
      List<String> names = new ArrayList<>();
      List<RelDataType> types = new ArrayList<>();
      for (RelDataTypeField field : type.getFieldList()) {
        names.add(field.getName());
        types.add(withoutTimeIndicators(field.getType()));
      }
      return createRowType(type.getStructKind(), types, names, type.isNullable());
    }
    return type;
  }

  @Override
  public RelDataType createTypeWithNullability(RelDataType type, boolean nullable) {
    if (type instanceof TimeIndicatorType indicator) {
      return canonize(indicator.createWithNullability(nullable));
    }
    return super.createTypeWithNullability(type, nullable);
  }

  @Override
  public RelDataType leastRestrictive(List<RelDataType> types) {
    List<RelDataType> plain = new ArrayList<>(types.size());
    for (RelDataType type : types) {
      plain.add(type instanceof TimeIndicatorType ? withoutTimeIndicators(type) : type);
    }
    return super.leastRestrictive(plain);
  }
}
