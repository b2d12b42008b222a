package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

/** MULTISET&lt;T&gt;. */
public record MultisetType(DataType elementType, boolean nullable) implements DataType {

  public MultisetType {
    requireNonNull(elementType, "elementType is null");
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.MULTISET;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new MultisetType(elementType, nullable);
  }

  @Override
  public String sqlName() {
    return "MULTISET<" + elementType.asSerializableString() + ">";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
