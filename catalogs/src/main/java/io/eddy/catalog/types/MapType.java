package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

/** MAP&lt;K, V&gt;. */
public record MapType(DataType keyType, DataType valueType, boolean nullable) implements DataType {

  public MapType {
    requireNonNull(keyType, "keyType is null");
    requireNonNull(valueType, "valueType is null");
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.MAP;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new MapType(keyType, valueType, nullable);
  }

  @Override
  public String sqlName() {
    return "MAP<" + keyType.asSerializableString() + ", " + valueType.asSerializableString() + ">";
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
