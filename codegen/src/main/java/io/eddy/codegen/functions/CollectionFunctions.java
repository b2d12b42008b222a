package io.eddy.codegen.functions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Collection functions as Flink defines them: ITEM on arrays (SQL's 1-based index, null when out
 * of range), ELEMENT, ARRAY_CONTAINS, ARRAY_POSITION, ARRAY_REMOVE, ARRAY_DISTINCT,
 * ARRAY_REVERSE, ARRAY_JOIN, MAP_KEYS and MAP_VALUES; and the conversions of date-time elements between the
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
    return position(array, value) > 0;
  }

  /** {@code ARRAY_POSITION(array, value)}: the 1-based position of the first equal element, 0 if none. */
  public static long position(List<?> array, Object value) {
    for (int i = 0; i < array.size(); i++) {
      if (same(array.get(i), value)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** {@code ARRAY_REMOVE(array, value)}: the array without the elements equal to the value. */
  public static List<Object> remove(List<?> array, Object value) {
    List<Object> kept = new ArrayList<>(array.size());
    for (Object element : array) {
      if (!same(element, value)) {
        kept.add(element);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** {@code ARRAY_DISTINCT(array)}: the first occurrence of each element, in order. */
  public static List<Object> distinct(List<?> array) {
    List<Object> kept = new ArrayList<>(array.size());
    for (Object element : array) {
      if (position(kept, element) == 0) {
        kept.add(element);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** {@code ARRAY_REVERSE(array)}: the elements in reverse order. */
  public static List<Object> reverse(List<?> array) {
    List<Object> reversed = new ArrayList<>(array);
    Collections.reverse(reversed);
    return Collections.unmodifiableList(reversed);
  }

  /**
   * {@code ARRAY_JOIN(array, delimiter [, nullReplacement])}: the elements joined by the
   * delimiter; null elements are skipped, or written as {@code nullReplacement} when it is given.
   */
  public static String join(List<?> array, String delimiter, String nullReplacement) {
    StringJoiner joined = new StringJoiner(delimiter);
    for (Object element : array) {
      if (element != null || nullReplacement != null) {
        joined.add(element == null ? nullReplacement : String.valueOf(element));
      }
    }
    return joined.toString();
  }

  /** {@code MAP_KEYS(map)}: the keys, in the map's order. */
  public static List<Object> keys(Map<?, ?> map) {
    return Collections.unmodifiableList(new ArrayList<>(map.keySet()));
  }

  /** {@code MAP_VALUES(map)}: the values, in the map's order. */
  public static List<Object> values(Map<?, ?> map) {
    return Collections.unmodifiableList(new ArrayList<>(map.values()));
  }

  private static boolean same(Object element, Object value) {
    return Objects.equals(element, value) || element instanceof BigDecimal decimal
        && value instanceof BigDecimal other && decimal.compareTo(other) == 0;
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
