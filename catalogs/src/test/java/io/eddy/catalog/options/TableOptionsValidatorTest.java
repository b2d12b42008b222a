package io.eddy.catalog.options;

import static io.eddy.catalog.types.DataTypes.INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOptionsValidatorTest {

  private static final TableSchema SCHEMA = TableSchema.builder().column("id", INT()).build();

  /** A Kafka-like connector: key/value formats, free properties.*, a required topic. */
  static final class Kafka implements ConnectorDescriptor {
    @Override
    public String identifier() {
      return "kafka";
    }

    @Override
    public List<ConfigOption<?>> requiredOptions() {
      return List.of(ConfigOptions.key("topic").stringType().noDefaultValue());
    }

    @Override
    public List<ConfigOption<?>> optionalOptions() {
      return List.of(
          ConfigOptions.key("scan.startup.mode").stringType().defaultValue("group-offsets"),
          ConfigOptions.key("sink.parallelism").intType().noDefaultValue(),
          ConfigOptions.key("sasl.password").stringType().noDefaultValue()
              .withCheck(v -> v.length() > 3, "at least 4 characters"));
    }

    @Override
    public List<String> prefixOptions() {
      return List.of("properties.");
    }

    @Override
    public FormatSupport formatSupport() {
      return FormatSupport.KEY_VALUE;
    }

    @Override
    public Set<String> secretOptions() {
      return Set.of("sasl.password");
    }

    @Override
    public boolean supportsSource() {
      return true;
    }

    @Override
    public boolean supportsSink() {
      return true;
    }

    @Override
    public void validate(TableOptionsContext context) {
      if (context.options().asMap().containsKey("sink.parallelism")
          && !context.options().asMap().containsKey("properties.bootstrap.servers")) {
        throw context.error("Option 'sink.parallelism' of " + context.owner()
            + " needs 'properties.bootstrap.servers'");
      }
    }
  }

  /** A JSON-like format. */
  static final class Json implements FormatDescriptor {
    @Override
    public String identifier() {
      return "json";
    }

    @Override
    public List<ConfigOption<?>> requiredOptions() {
      return List.of();
    }

    @Override
    public List<ConfigOption<?>> optionalOptions() {
      return List.of(
          ConfigOptions.key("json.ignore-parse-errors").booleanType().defaultValue(false));
    }

    @Override
    public void validate(TableOptionsContext context) {
      if (context.options().asMap().containsKey("json.ignore-parse-errors")
          && context.options().asMap().get("json.ignore-parse-errors").equals("TRUE")) {
        throw context.error("Write 'true' in lower case for " + context.owner());
      }
    }
  }

  private final TableOptionsValidator validator =
      new TableOptionsValidator(List.of(new Kafka()), List.of(new Json()));

  private static Map<String, String> options(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      options.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return options;
  }

  private void assertError(Map<String, String> options, String message) {
    assertThatThrownBy(() -> validator.validate(SCHEMA, options))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage(message);
  }

  @Test
  void acceptsValidOptions() {
    assertThat(validator.validate(SCHEMA, options("connector", "kafka", "topic", "t",
        "format", "json", "json.ignore-parse-errors", "true",
        "properties.bootstrap.servers", "h:9092", "sasl.password", "hunter2")).identifier())
        .isEqualTo("kafka");
    validator.validate(SCHEMA, options("connector", "kafka", "topic", "t",
        "key.format", "json", "key.json.ignore-parse-errors", "true", "value.format", "json",
        "value.json.ignore-parse-errors", "false"));
  }

  @Test
  void connectorMustBeGivenAndKnown() {
    assertError(options("topic", "t"),
        "Missing required option 'connector'. Available connectors: kafka");
    assertError(options("connector", "kafak"),
        "Unknown connector 'kafak'. Did you mean 'kafka'? Available connectors: kafka");
    assertError(options("connector", "jdbc"), "Unknown connector 'jdbc'. Available connectors: kafka");
  }

  @Test
  void unsupportedOptionsGetAHint() {
    assertError(options("connector", "kafka", "topic", "t", "format", "json",
        "scan.startup.mod", "latest-offset"),
        "Unsupported option 'scan.startup.mod' for connector 'kafka'. Did you mean"
            + " 'scan.startup.mode'? Supported options: format, json.ignore-parse-errors,"
            + " key.format, properties.*, sasl.password, scan.startup.mode, sink.parallelism,"
            + " topic, value.format");
    assertError(options("connector", "kafka", "topic", "t", "format", "json",
        "json.ignore-parse-error", "true"),
        "Unsupported option 'json.ignore-parse-error' for format 'json'. Did you mean"
            + " 'json.ignore-parse-errors'? Supported options: json.ignore-parse-errors");
    assertError(options("connector", "kafka", "topic", "t", "key.format", "json",
        "key.json.x", "true", "format", "json"),
        "Unsupported option 'key.json.x' for format 'json'. Supported options:"
            + " key.json.ignore-parse-errors");
  }

  @Test
  void formatsMustBeGivenAndKnown() {
    assertError(options("connector", "kafka", "topic", "t"),
        "Missing required option 'format' or 'value.format' for connector 'kafka'."
            + " Available formats: json");
    assertError(options("connector", "kafka", "topic", "t", "format", "jsn"),
        "Unknown format 'jsn' in option 'format'. Did you mean 'json'? Available formats: json");
    assertError(options("connector", "kafka", "topic", "t", "format", "json", "key.format", "csv",
        "value.format", "json"),
        "Options 'format' and 'value.format' of connector 'kafka' are exclusive: use only one of"
            + " them");
  }

  @Test
  void requiredOptionsAndValuesAreChecked() {
    assertError(options("connector", "kafka", "format", "json"),
        "Missing required option 'topic' for connector 'kafka'");
    assertError(options("connector", "kafka", "topic", "t", "format", "json",
        "sink.parallelism", "two"),
        "Invalid value 'two' for option 'sink.parallelism': expected an integer such as '4'");
    assertError(options("connector", "kafka", "topic", "t", "format", "json",
        "value.json.ignore-parse-errors", "maybe"),
        "Unsupported option 'value.json.ignore-parse-errors' for connector 'kafka'. Did you mean"
            + " 'json.ignore-parse-errors'? Supported options: format, json.ignore-parse-errors,"
            + " key.format, properties.*, sasl.password, scan.startup.mode, sink.parallelism,"
            + " topic, value.format");
    assertError(options("connector", "kafka", "topic", "t", "value.format", "json",
        "value.json.ignore-parse-errors", "maybe"),
        "Invalid value 'maybe' for option 'value.json.ignore-parse-errors': expected 'true' or"
            + " 'false'");
  }

  @Test
  void crossOptionRulesRun() {
    assertError(options("connector", "kafka", "topic", "t", "format", "json",
        "sink.parallelism", "2"),
        "Option 'sink.parallelism' of connector 'kafka' needs 'properties.bootstrap.servers'");
    assertError(options("connector", "kafka", "topic", "t", "value.format", "json",
        "value.json.ignore-parse-errors", "TRUE"),
        "Write 'true' in lower case for format 'json'");
  }

  @Test
  void secretValuesNeverAppear() {
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("connector", "kafka",
        "topic", "t", "format", "json", "sasl.password", "abc")))
        .hasMessage("Invalid value for option 'sasl.password': expected at least 4 characters")
        .hasMessageNotContaining("abc");
  }
}
