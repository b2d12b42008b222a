package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * A type without parameters: TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, BOOLEAN or DATE.
 */
public record PrimitiveType(TypeRoot root, boolean nullable) implements DataType {

  private static final Set<TypeRoot> ROOTS = EnumSet.of(TypeRoot.TINYINT, TypeRoot.SMALLINT,
      TypeRoot.INTEGER, TypeRoot.BIGINT, TypeRoot.FLOAT, TypeRoot.DOUBLE, TypeRoot.BOOLEAN,
      TypeRoot.DATE);

  public PrimitiveType {
    requireNonNull(root, "root is null");
    if (!ROOTS.contains(root)) {
      throw new IllegalArgumentException(root + " is not a type without parameters");
    }
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new PrimitiveType(root, nullable);
  }

  @Override
  public String sqlName() {
    return root == TypeRoot.INTEGER ? "INT" : root.name();
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
