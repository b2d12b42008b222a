package io.eddy.connectors.csv;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.util.List;

/** The options of the {@code csv} format, with Flink's keys (prefixed) and defaults. */
public final class CsvFormatOptions {

  private static final String ONE_CHARACTER = "a single character";

  public static final ConfigOption<String> FIELD_DELIMITER = ConfigOptions
      .key("csv.field-delimiter").stringType().defaultValue(",")
      .withCheck(v -> v.length() == 1, ONE_CHARACTER)
      .withDescription("Character between fields.");

  public static final ConfigOption<Boolean> DISABLE_QUOTE_CHARACTER = ConfigOptions
      .key("csv.disable-quote-character").booleanType().defaultValue(false)
      .withDescription("Whether values are never quoted; csv.quote-character must then be"
          + " unset.");

  public static final ConfigOption<String> QUOTE_CHARACTER = ConfigOptions
      .key("csv.quote-character").stringType().defaultValue("\"")
      .withCheck(v -> v.length() == 1, ONE_CHARACTER)
      .withDescription("Character that encloses values containing delimiters.");

  public static final ConfigOption<Boolean> ALLOW_COMMENTS = ConfigOptions
      .key("csv.allow-comments").booleanType().defaultValue(false)
      .withDescription("Whether lines starting with '#' are skipped as comments.");

  public static final ConfigOption<Boolean> IGNORE_PARSE_ERRORS = ConfigOptions
      .key("csv.ignore-parse-errors").booleanType().defaultValue(false)
      .withDescription("Whether malformed records are skipped (and fields that fail to parse"
          + " read as NULL) instead of failing the job.");

  public static final ConfigOption<String> ARRAY_ELEMENT_DELIMITER = ConfigOptions
      .key("csv.array-element-delimiter").stringType().defaultValue(";")
      .withDescription("Text between the elements of arrays and rows.");

  public static final ConfigOption<String> ESCAPE_CHARACTER = ConfigOptions
      .key("csv.escape-character").stringType().noDefaultValue()
      .withCheck(v -> v.length() == 1, ONE_CHARACTER)
      .withDescription("Character that escapes the next one; no escaping when unset.");

  public static final ConfigOption<String> NULL_LITERAL = ConfigOptions
      .key("csv.null-literal").stringType().noDefaultValue()
      .withDescription("Text read and written as NULL; when unset NULL is an empty field.");

  public static final ConfigOption<Boolean> WRITE_BIGDECIMAL_IN_SCIENTIFIC_NOTATION =
      ConfigOptions.key("csv.write-bigdecimal-in-scientific-notation").booleanType()
          .defaultValue(true)
          .withDescription("Whether decimals are written in scientific notation.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(FIELD_DELIMITER,
      DISABLE_QUOTE_CHARACTER, QUOTE_CHARACTER, ALLOW_COMMENTS, IGNORE_PARSE_ERRORS,
      ARRAY_ELEMENT_DELIMITER, ESCAPE_CHARACTER, NULL_LITERAL,
      WRITE_BIGDECIMAL_IN_SCIENTIFIC_NOTATION);

  private CsvFormatOptions() {}
}
