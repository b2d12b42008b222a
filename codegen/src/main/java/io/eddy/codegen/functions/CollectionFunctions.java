package io.eddy.codegen.functions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Collection functions as Flink defines them: ITEM on arrays (SQL's 1-based index, null when out
 * of range), ELEMENT and ARRAY_CONTAINS.
 */
public final class CollectionFunctions {

  private CollectionFunctions() {
  }

  /** {@code array[index]}: the element at the 1-based index, null when out of range. */
  public static Object element(List<?> array, long index) {
    return index < 1 || index > array.size() ? null : array.get((int) index - 1);
  }

  /**
   * {@code ELEMENT(array)}: the only element of a one-element array, null for an empty one.
   *
   * @throws EvaluationException when the array has more than one element
   */
  public static Object single(List<?> array) {
    if (array.size() > 1) {
      throw new EvaluationException("ELEMENT of an array with " + array.size()
          + " elements: it must have at most one");
    }
    return array.isEmpty() ? null : array.get(0);
  }

  /** {@code ARRAY_CONTAINS(array, value)}: whether an element equals the value (null finds null). */
  public static boolean contains(List<?> array, Object value) {
    for (Object element : array) {
      if (Objects.equals(element, value) || element instanceof BigDecimal decimal
          && value instanceof BigDecimal other && decimal.compareTo(other) == 0) {
        return true;
      }
    }
    return false;
  }
}
