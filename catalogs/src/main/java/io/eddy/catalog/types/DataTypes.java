package io.eddy.catalog.types;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Factory of nullable {@link DataType}s with Flink's names and defaults:
 * {@code DataTypes.ROW(DataTypes.FIELD("id", DataTypes.BIGINT().notNull()))}.
 */
@SuppressWarnings("MethodName")
public final class DataTypes {

  private DataTypes() {}

  public static DataType TINYINT() {
    return new PrimitiveType(TypeRoot.TINYINT, true);
  }

  public static DataType SMALLINT() {
    return new PrimitiveType(TypeRoot.SMALLINT, true);
  }

  public static DataType INT() {
    return new PrimitiveType(TypeRoot.INTEGER, true);
  }

  public static DataType BIGINT() {
    return new PrimitiveType(TypeRoot.BIGINT, true);
  }

  public static DataType FLOAT() {
    return new PrimitiveType(TypeRoot.FLOAT, true);
  }

  public static DataType DOUBLE() {
    return new PrimitiveType(TypeRoot.DOUBLE, true);
  }

  public static DataType BOOLEAN() {
    return new PrimitiveType(TypeRoot.BOOLEAN, true);
  }

  public static DataType DATE() {
    return new PrimitiveType(TypeRoot.DATE, true);
  }

  public static DataType DECIMAL(int precision, int scale) {
    return new DecimalType(precision, scale, true);
  }

  public static DataType CHAR(int length) {
    return new CharType(length, true);
  }

  public static DataType VARCHAR(int length) {
    return new VarCharType(length, true);
  }

  public static DataType STRING() {
    return VARCHAR(VarCharType.MAX_LENGTH);
  }

  public static DataType BINARY(int length) {
    return new BinaryType(length, true);
  }

  public static DataType VARBINARY(int length) {
    return new VarBinaryType(length, true);
  }

  public static DataType BYTES() {
    return VARBINARY(VarBinaryType.MAX_LENGTH);
  }

  public static DataType TIME(int precision) {
    return new TimeType(precision, true);
  }

  public static DataType TIMESTAMP(int precision) {
    return new TimestampType(precision, false, TimeAttribute.NONE, true);
  }

  public static DataType TIMESTAMP_LTZ(int precision) {
    return new TimestampType(precision, true, TimeAttribute.NONE, true);
  }

  public static DataType ARRAY(DataType element) {
    return new ArrayType(element, true);
  }

  public static DataType MULTISET(DataType element) {
    return new MultisetType(element, true);
  }

  public static DataType MAP(DataType key, DataType value) {
    return new MapType(key, value, true);
  }

  public static RowType.Field FIELD(String name, DataType type) {
    return new RowType.Field(name, type);
  }

  public static RowType.Field FIELD(String name, DataType type, String comment) {
    return new RowType.Field(name, type, Optional.of(comment));
  }

  public static DataType ROW(RowType.Field... fields) {
    return new RowType(Arrays.asList(fields), true);
  }

  public static DataType ROW(List<RowType.Field> fields) {
    return new RowType(fields, true);
  }
}
