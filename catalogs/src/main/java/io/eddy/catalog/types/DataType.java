package io.eddy.catalog.types;

/**
 * A logical SQL data type, immutable, following Flink's type system.
 *
 * <p>{@link #asSerializableString()} prints the canonical spelling that Flink SQL and
 * {@link DataTypeParser} both read back ({@code STRING}, {@code BYTES}, {@code TIMESTAMP_LTZ(3)},
 * {@code ROW<`name` STRING>}, {@code INT NOT NULL}). {@link #asSummaryString()} adds the time
 * attribute marker ({@code TIMESTAMP(3) *ROWTIME*}) for plans and DESCRIBE output.
 */
public sealed interface DataType
    permits PrimitiveType, DecimalType, CharType, VarCharType, BinaryType, VarBinaryType, TimeType,
        TimestampType, ArrayType, MultisetType, MapType, RowType {

  /** The kind of this type. */
  TypeRoot root();

  /** Whether the type admits NULL. */
  boolean nullable();

  /** A copy with the given nullability. */
  DataType withNullable(boolean nullable);

  /** The type without its nullability suffix, in canonical SQL spelling. */
  String sqlName();

  /** A copy that admits NULL. */
  default DataType nullableCopy() {
    return withNullable(true);
  }

  /** A copy that rejects NULL. */
  default DataType notNull() {
    return withNullable(false);
  }

  /** The canonical SQL spelling, parsable by Flink and by {@link DataTypeParser}. */
  default String asSerializableString() {
    return nullable() ? sqlName() : sqlName() + " NOT NULL";
  }

  /** The spelling for humans: the serializable string plus any time attribute marker. */
  default String asSummaryString() {
    return asSerializableString();
  }
}
