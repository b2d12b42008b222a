package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

/** ARRAY&lt;T&gt;. */
public record ArrayType(DataType elementType, boolean nullable) implements DataType {

  public ArrayType {
    requireNonNull(elementType, "elementType is null");
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.ARRAY;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new ArrayType(elementType, nullable);
  }

  @Override
  public String sqlName() {
    return "ARRAY<" + elementType.asSerializableString() + ">";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
