package io.eddy.connectors.json;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.util.List;

/** The options of the {@code json} format, with Flink's keys (prefixed) and defaults. */
public final class JsonFormatOptions {

  /** How timestamps are written and read. */
  public enum TimestampFormat {
    SQL("SQL"), ISO_8601("ISO-8601");

    private final String text;

    TimestampFormat(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** What happens to a NULL map key when writing. */
  public enum MapNullKeyMode {
    FAIL, DROP, LITERAL
  }

  public static final ConfigOption<Boolean> FAIL_ON_MISSING_FIELD = ConfigOptions
      .key("json.fail-on-missing-field").booleanType().defaultValue(false)
      .withDescription("Whether a missing field fails the record instead of reading NULL.");

  public static final ConfigOption<Boolean> IGNORE_PARSE_ERRORS = ConfigOptions
      .key("json.ignore-parse-errors").booleanType().defaultValue(false)
      .withDescription("Whether malformed records are skipped (and fields that fail to parse"
          + " read as NULL) instead of failing the job.");

  public static final ConfigOption<TimestampFormat> TIMESTAMP_FORMAT_STANDARD = ConfigOptions
      .key("json.timestamp-format.standard").enumType(TimestampFormat.class)
      .defaultValue(TimestampFormat.SQL)
      .withDescription("Timestamp text form: 'SQL' (2020-12-30 12:13:14.123) or 'ISO-8601'"
          + " (2020-12-30T12:13:14.123).");

  public static final ConfigOption<MapNullKeyMode> MAP_NULL_KEY_MODE = ConfigOptions
      .key("json.map-null-key.mode").enumType(MapNullKeyMode.class)
      .defaultValue(MapNullKeyMode.FAIL)
      .withDescription("What writing a NULL map key does: 'FAIL', 'DROP' the entry, or write"
          + " 'LITERAL' json.map-null-key.literal.");

  public static final ConfigOption<String> MAP_NULL_KEY_LITERAL = ConfigOptions
      .key("json.map-null-key.literal").stringType().defaultValue("null")
      .withDescription("Key written for NULL map keys in 'LITERAL' mode.");

  public static final ConfigOption<Boolean> ENCODE_DECIMAL_AS_PLAIN_NUMBER = ConfigOptions
      .key("json.encode.decimal-as-plain-number").booleanType().defaultValue(false)
      .withDescription("Whether decimals are written without scientific notation.");

  public static final ConfigOption<Boolean> ENCODE_IGNORE_NULL_FIELDS = ConfigOptions
      .key("json.encode.ignore-null-fields").booleanType().defaultValue(false)
      .withDescription("Whether fields whose value is NULL are left out when writing.");

  public static final ConfigOption<Boolean> DECODE_JSON_PARSER_ENABLED = ConfigOptions
      .key("json.decode.json-parser.enabled").booleanType().defaultValue(true)
      .withDescription("Whether records are decoded with the streaming parser (faster, reads"
          + " only the needed fields) rather than a tree.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(FAIL_ON_MISSING_FIELD,
      IGNORE_PARSE_ERRORS, TIMESTAMP_FORMAT_STANDARD, MAP_NULL_KEY_MODE, MAP_NULL_KEY_LITERAL,
      ENCODE_DECIMAL_AS_PLAIN_NUMBER, ENCODE_IGNORE_NULL_FIELDS, DECODE_JSON_PARSER_ENABLED);

  private JsonFormatOptions() {}
}
