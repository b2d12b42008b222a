package io.eddy.connectors.debezium;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.connectors.json.JsonFormatOptions.TimestampFormat;
import java.util.List;

/** The options of the {@code debezium-json} format, with Flink's keys and defaults. */
public final class DebeziumJsonOptions {

  public static final ConfigOption<Boolean> SCHEMA_INCLUDE = ConfigOptions
      .key("debezium-json.schema-include").booleanType().defaultValue(false)
      .withDescription("Whether each message wraps the change in a 'payload' beside its 'schema'"
          + " (Kafka Connect's JsonConverter with schemas.enable).");

  public static final ConfigOption<Boolean> IGNORE_PARSE_ERRORS = ConfigOptions
      .key("debezium-json.ignore-parse-errors").booleanType().defaultValue(false)
      .withDescription("Whether malformed messages are skipped and counted instead of failing the job.");

  public static final ConfigOption<TimestampFormat> TIMESTAMP_FORMAT_STANDARD = ConfigOptions
      .key("debezium-json.timestamp-format.standard").enumType(TimestampFormat.class)
      .defaultValue(TimestampFormat.SQL)
      .withDescription("Timestamp text form of the row images: 'SQL' or 'ISO-8601'.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(SCHEMA_INCLUDE, IGNORE_PARSE_ERRORS,
      TIMESTAMP_FORMAT_STANDARD);

  private DebeziumJsonOptions() {}
}
