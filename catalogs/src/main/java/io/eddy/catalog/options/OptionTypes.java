package io.eddy.catalog.options;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The option types Flink's configuration knows, with Flink's text forms. */
public final class OptionTypes {

  public static final OptionType<String> STRING =
      new OptionType<>("String", "a string", text -> text, value -> value);
  public static final OptionType<Integer> INT = new OptionType<>("Integer",
      "an integer such as '4'", Integer::valueOf, String::valueOf);
  public static final OptionType<Long> LONG = new OptionType<>("Long",
      "a long integer such as '1000'", Long::valueOf, String::valueOf);
  public static final OptionType<Double> DOUBLE = new OptionType<>("Double",
      "a number such as '0.5'", OptionTypes::parseDouble, String::valueOf);
  public static final OptionType<Float> FLOAT = new OptionType<>("Float",
      "a number such as '0.5'", text -> (float) parseDouble(text), String::valueOf);
  public static final OptionType<Boolean> BOOLEAN = new OptionType<>("Boolean",
      "'true' or 'false'", OptionTypes::parseBoolean, String::valueOf);
  public static final OptionType<Duration> DURATION = new OptionType<>("Duration",
      "a duration such as '10 s', '1 min' or '500 ms'", Durations::parse, Durations::format);
  public static final OptionType<MemorySize> MEMORY = new OptionType<>("MemorySize",
      "a memory size such as '128 mb', '1 gb' or '512 kb'", MemorySize::parse,
      MemorySize::toString);
  public static final OptionType<List<String>> STRING_LIST = new OptionType<>("List<String>",
      "a list of strings separated by ';' such as 'a;b;c'",
      text -> text.isEmpty() ? List.of() : List.of(text.split(";", -1)),
      list -> String.join(";", list));
  public static final OptionType<Map<String, String>> MAP = new OptionType<>("Map",
      "key:value pairs separated by ',' such as 'a:1,b:2'", OptionTypes::parseMap,
      map -> map.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
          .collect(Collectors.joining(",")));

  private OptionTypes() {}

  /**
   * An enumeration matched case-insensitively against each constant's {@code toString()} (as
   * Flink does), so enums can spell values as Flink does ({@code earliest-offset}).
   */
  public static <E extends Enum<E>> OptionType<E> enumeration(Class<E> enumClass) {
    E[] constants = enumClass.getEnumConstants();
    String values = Arrays.stream(constants).map(Object::toString)
        .map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    return new OptionType<>("Enum", "one of " + values, text -> {
      for (E constant : constants) {
        if (constant.toString().equalsIgnoreCase(text)) {
          return constant;
        }
      }
      throw new IllegalArgumentException(text);
    }, Object::toString);
  }

  private static boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(text);
  }

  private static double parseDouble(String text) {
    double value = Double.parseDouble(text);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(text);
    }
    return value;
  }

  private static Map<String, String> parseMap(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return map;
    }
    for (String pair : text.split(",")) {
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(pair);
      }
      map.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
    }
    return map;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
