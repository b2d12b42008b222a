package io.eddy.codegen.functions;

import java.util.List;

/** ITEM on arrays: SQL's 1-based index, null when out of range. */
public final class CollectionFunctions {

  private CollectionFunctions() {
  }

  public static Object element(List<?> array, long index) {
    return index < 1 || index > array.size() ? null : array.get((int) index - 1);
  }
}
