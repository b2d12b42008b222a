package io.eddy.planner.codegen;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.rel.type.RelDataType;

/**
 * A translated sub-expression: the Java expression of its value (valid only when not null), the
 * Java expression of its null flag, its SQL type and its Java type.
 */
record Expr(String value, String isNull, RelDataType type, String javaType) {

  Expr {
    requireNonNull(value, "value is null");
    requireNonNull(isNull, "isNull is null");
    requireNonNull(type, "type is null");
    requireNonNull(javaType, "javaType is null");
  }

  boolean neverNull() {
    return isNull.equals("false");
  }
}
