package io.eddy.connectors.kafka;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.SecretOptions;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.OptionValidationException;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.connectors.spi.ConnectorException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages a user sees for bad options of a Kafka table; no broker needed. */
class KafkaOptionsValidationTest {

  private static final TableSchema SCHEMA = TableSchema.builder().column("id", BIGINT())
      .column("name", STRING()).build();

  private final TableOptionsValidator validator = TableOptionsValidator.discover();

  private static Map<String, String> options(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("connector", "kafka",
        "properties.bootstrap.servers", "127.0.0.1:9092", "format", "json"));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        options.remove(keysAndValues[i]);
      } else {
        options.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return options;
  }

  private void assertError(Map<String, String> options, String message) {
    assertThatThrownBy(() -> validator.validate(SCHEMA, options))
        .isInstanceOf(OptionValidationException.class).hasMessage(message);
  }

  @Test
  void acceptsTypicalTables() {
    validator.validate(SCHEMA, options("topic", "a;b", "properties.group.id", "g",
        "scan.startup.mode", "earliest-offset", "scan.bounded.mode", "latest-offset",
        "properties.max.poll.records", "10", "json.ignore-parse-errors", "true"));
    validator.validate(SCHEMA, options("format", null, "topic-pattern", "orders-.*",
        "value.format", "json", "value.json.ignore-parse-errors", "true", "key.format", "json",
        "key.fields", "id", "value.fields-include", "EXCEPT_KEY",
        "scan.startup.mode", "specific-offsets", "scan.startup.specific-offsets", "partition:0,offset:4"));
  }

  @Test
  void topicAndPatternAreExclusiveAndOneIsNeeded() {
    assertError(options(), "Option 'topic' or 'topic-pattern' of connector 'kafka' is required.");
    assertError(options("topic", "a", "topic-pattern", "a.*"),
        "Options 'topic' and 'topic-pattern' of connector 'kafka' exclude each other; give one.");
  }

  @Test
  void modesNeedTheirValues() {
    assertError(options("topic", "a", "scan.startup.mode", "timestamp"),
        "Option 'scan.startup.timestamp-millis' of connector 'kafka' is required with 'scan.startup.mode' = 'timestamp'.");
    assertError(options("topic", "a", "scan.startup.mode", "specific-offsets"),
        "Option 'scan.startup.specific-offsets' of connector 'kafka' is required with"
            + " 'scan.startup.mode' = 'specific-offsets'.");
    assertError(options("topic", "a", "scan.startup.mode", "group-offsets"),
        "Option 'properties.group.id' of connector 'kafka' is required with 'scan.startup.mode' = 'group-offsets'.");
    assertError(options("topic", "a", "scan.bounded.mode", "timestamp"),
        "Option 'scan.bounded.timestamp-millis' of connector 'kafka' is required with 'scan.bounded.mode' = 'timestamp'.");
    assertError(options("topic", "a", "sink.delivery-guarantee", "exactly-once"),
        "Option 'sink.transactional-id-prefix' of connector 'kafka' is required with"
            + " 'sink.delivery-guarantee' = 'exactly-once'.");
  }

  @Test
  void invalidSpecificOffsetsSayWhichEntry() {
    assertThatThrownBy(() -> SpecificOffsets.parse("scan.startup.specific-offsets",
        "partition:0,offset:4;partition:x,offset:1")).isInstanceOf(ConnectorException.class)
        .hasMessage("Invalid value 'partition:0,offset:4;partition:x,offset:1' of option"
            + " 'scan.startup.specific-offsets': 'partition:x,offset:1' is not"
            + " 'partition:<number>,offset:<number>'");
    assertThat(SpecificOffsets.parse("k", "partition:0,offset:4; partition:2, offset:7"))
        .isEqualTo(Map.of(0, 4L, 2, 7L));
  }

  @Test
  void credentialsAreSecret() {
    for (String key : new KafkaConnectorDescriptor().secretOptions()) {
      assertThat(SecretOptions.isSecret(key)).as(key).isTrue();
    }
  }
}
