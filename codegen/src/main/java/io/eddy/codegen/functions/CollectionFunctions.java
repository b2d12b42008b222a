package io.eddy.codegen.functions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Collection functions as Flink defines them: ITEM on arrays (SQL's 1-based index, null when out
 * of range), ELEMENT and ARRAY_CONTAINS; and the conversions of date-time elements between the
 * objects collections hold ({@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code Instant}) and the numbers generated code computes with.
 */
public final class CollectionFunctions {

  private static final long NANOS_PER_MILLI = 1_000_000L;

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

  /** A TIME element from milliseconds of the day. */
  public static LocalTime time(int millisOfDay) {
    return LocalTime.ofNanoOfDay(millisOfDay * NANOS_PER_MILLI);
  }

  /** A TIMESTAMP element from epoch milliseconds (as if UTC). */
  public static LocalDateTime timestamp(long epochMillis) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L),
        (int) (Math.floorMod(epochMillis, 1000L) * NANOS_PER_MILLI), ZoneOffset.UTC);
  }

  /**
   * A date-time element as generated code holds it: days ({@code Integer}) for a date,
   * milliseconds of the day ({@code Integer}) for a time, epoch milliseconds ({@code Long}) for
   * timestamps; other values and null unchanged.
   */
  public static Object internal(Object element) {
    if (element instanceof LocalDate date) {
      return (int) date.toEpochDay();
    } else if (element instanceof LocalTime time) {
      return (int) (time.toNanoOfDay() / NANOS_PER_MILLI);
    } else if (element instanceof LocalDateTime dateTime) {
      return dateTime.toInstant(ZoneOffset.UTC).toEpochMilli();
    } else if (element instanceof Instant instant) {
      return instant.toEpochMilli();
    }
    return element;
  }
}
