package io.eddy.connectors.datagen;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.time.Duration;
import java.util.List;

/** The options of the {@code datagen} connector, with Flink's keys and defaults. */
public final class DatagenOptions {

  /** How a field's values are generated. */
  public enum FieldKind {
    RANDOM("random"), SEQUENCE("sequence");

    private final String text;

    FieldKind(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  public static final ConfigOption<Long> ROWS_PER_SECOND = ConfigOptions.key("rows-per-second")
      .longType().defaultValue(10000L)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Rows per second to emit, the throttle of the source.");

  public static final ConfigOption<Long> NUMBER_OF_ROWS = ConfigOptions.key("number-of-rows")
      .longType().noDefaultValue()
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Total number of rows to emit; when unset the source is unbounded.");

  public static final ConfigOption<Integer> SCAN_PARALLELISM = ConfigOptions
      .key("scan.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the source; when unset the job's default parallelism.");

  public static final ConfigOption<FieldKind> FIELD_KIND = ConfigOptions.key("fields.#.kind")
      .enumType(FieldKind.class).defaultValue(FieldKind.RANDOM)
      .withDescription("Generator of field '#': 'random' or 'sequence'.");

  public static final ConfigOption<String> FIELD_MIN = ConfigOptions.key("fields.#.min")
      .stringType().noDefaultValue()
      .withDescription("Smallest value the random generator produces for numeric field '#'.");

  public static final ConfigOption<String> FIELD_MAX = ConfigOptions.key("fields.#.max")
      .stringType().noDefaultValue()
      .withDescription("Largest value the random generator produces for numeric field '#'.");

  public static final ConfigOption<Duration> FIELD_MAX_PAST = ConfigOptions
      .key("fields.#.max-past").durationType().defaultValue(Duration.ZERO)
      .withDescription("How far before now the random generator may go for timestamp field '#'.");

  public static final ConfigOption<Integer> FIELD_LENGTH = ConfigOptions.key("fields.#.length")
      .intType().defaultValue(100)
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Length of generated strings, bytes and collections for field '#'.");

  public static final ConfigOption<Boolean> FIELD_VAR_LEN = ConfigOptions.key("fields.#.var-len")
      .booleanType().defaultValue(false)
      .withDescription("Whether field '#' (a variable-length type) gets random lengths up to"
          + " its length.");

  public static final ConfigOption<String> FIELD_START = ConfigOptions.key("fields.#.start")
      .stringType().noDefaultValue()
      .withDescription("First value of the sequence generator for field '#'.");

  public static final ConfigOption<String> FIELD_END = ConfigOptions.key("fields.#.end")
      .stringType().noDefaultValue()
      .withDescription("Last value of the sequence generator for field '#'.");

  public static final ConfigOption<Float> FIELD_NULL_RATE = ConfigOptions
      .key("fields.#.null-rate").floatType().defaultValue(0f)
      .withCheck(v -> v >= 0 && v <= 1, "a number from 0 to 1")
      .withDescription("Fraction of NULL values generated for field '#'.");

  /** All optional options in declaration order. */
  public static final List<ConfigOption<?>> OPTIONAL = List.of(ROWS_PER_SECOND, NUMBER_OF_ROWS,
      SCAN_PARALLELISM, FIELD_KIND, FIELD_MIN, FIELD_MAX, FIELD_MAX_PAST, FIELD_LENGTH,
      FIELD_VAR_LEN, FIELD_START, FIELD_END, FIELD_NULL_RATE);

  private DatagenOptions() {}
}
