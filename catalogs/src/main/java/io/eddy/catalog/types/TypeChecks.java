package io.eddy.catalog.types;

/** Bounds checks shared by the parameterized types; messages name the type and the range. */
final class TypeChecks {

  private TypeChecks() {}

  static void checkRange(String type, String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(String.format(
          "%s %s must be between %d and %d (both inclusive), but was %d",
          type, what, min, max, value));
    }
  }
}
