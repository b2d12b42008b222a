package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Entry point for declaring options, in Flink's style:
 * {@code ConfigOptions.key("sink.parallelism").intType().noDefaultValue().withDescription(...)}.
 */
public final class ConfigOptions {

  private ConfigOptions() {}

  /** Starts declaring the option with {@code key}. */
  public static KeyBuilder key(String key) {
    return new KeyBuilder(key);
  }

  /** Chooses the type of an option. */
  public record KeyBuilder(String key) {
    public TypedBuilder<String> stringType() {
      return typed(OptionTypes.STRING);
    }

    public TypedBuilder<Integer> intType() {
      return typed(OptionTypes.INT);
    }

    public TypedBuilder<Long> longType() {
      return typed(OptionTypes.LONG);
    }

    public TypedBuilder<Double> doubleType() {
      return typed(OptionTypes.DOUBLE);
    }

    public TypedBuilder<Float> floatType() {
      return typed(OptionTypes.FLOAT);
    }

    public TypedBuilder<Boolean> booleanType() {
      return typed(OptionTypes.BOOLEAN);
    }

    public TypedBuilder<Duration> durationType() {
      return typed(OptionTypes.DURATION);
    }

    public TypedBuilder<MemorySize> memoryType() {
      return typed(OptionTypes.MEMORY);
    }

    public TypedBuilder<List<String>> stringListType() {
      return typed(OptionTypes.STRING_LIST);
    }

    public TypedBuilder<Map<String, String>> mapType() {
      return typed(OptionTypes.MAP);
    }

    public <E extends Enum<E>> TypedBuilder<E> enumType(Class<E> enumClass) {
      return typed(OptionTypes.enumeration(enumClass));
    }

    public <T> TypedBuilder<T> typed(OptionType<T> type) {
      return new TypedBuilder<>(key, type);
    }
  }

  /** Sets the default of a typed option. */
  public record TypedBuilder<T>(String key, OptionType<T> type) {
    public ConfigOption<T> defaultValue(T value) {
      return new ConfigOption<>(key, type, requireNonNull(value, "value is null"),
          "", List.of(), List.of(), List.of());
    }

    public ConfigOption<T> noDefaultValue() {
      return new ConfigOption<>(key, type, null, "", List.of(), List.of(), List.of());
    }
  }
}
