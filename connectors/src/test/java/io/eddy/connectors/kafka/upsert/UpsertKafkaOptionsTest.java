package io.eddy.connectors.kafka.upsert;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.SecretOptions;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.OptionValidationException;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users see for upsert-kafka tables' options and keys, and what the connectors say; no broker needed. */
class UpsertKafkaOptionsTest {

  private static final TableSchema KEYED = TableSchema.builder().column("id", BIGINT()).column("name", STRING())
      .primaryKey(PrimaryKey.of(List.of("id"))).build();
  private static final TableSchema UNKEYED = TableSchema.builder().column("id", BIGINT())
      .column("name", STRING()).build();
  private static final RowSchema ROWS = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);

  private final TableOptionsValidator validator = TableOptionsValidator.discover();
  private final ConnectorFactories factories = ConnectorFactories.load();

  private static Map<String, String> options(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("connector", "upsert-kafka", "topic", "users",
        "properties.bootstrap.servers", "127.0.0.1:9092", "key.format", "json", "value.format", "json"));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        options.remove(keysAndValues[i]);
      } else {
        options.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return options;
  }

  private void assertError(TableSchema schema, Map<String, String> options, String message) {
    assertThatThrownBy(() -> validator.validate(schema, options))
        .isInstanceOf(OptionValidationException.class).hasMessage(message);
  }

  @Test
  void acceptsFlinksOptions() {
    validator.validate(KEYED, options("key.fields-prefix", "", "value.fields-include", "EXCEPT_KEY",
        "sink.parallelism", "2", "sink.buffer-flush.max-rows", "1000", "sink.buffer-flush.interval", "1 s",
        "properties.acks", "all", "value.json.ignore-parse-errors", "true", "scan.bounded.mode", "latest-offset",
        "dead-letter.topic", "users-dlq", "dead-letter.properties.sasl.jaas.config", "secret"));
  }

  @Test
  void needsAPrimaryKeyAndBothFormats() {
    assertError(UNKEYED, options(), "The connector 'upsert-kafka' needs a PRIMARY KEY: its columns are the record"
        + " key. Hint: add PRIMARY KEY (...) NOT ENFORCED");
    assertError(KEYED, options("key.format", null), "The connector 'upsert-kafka' needs options 'key.format' and"
        + " 'value.format' (not 'format').");
    assertError(KEYED, options("value.format", null, "format", "json"), "The connector 'upsert-kafka' needs"
        + " options 'key.format' and 'value.format' (not 'format').");
    assertError(KEYED, options("topic", "a;b"), "Option 'topic' of connector 'upsert-kafka' takes exactly one topic.");
    assertError(KEYED, options("topic", null), "Missing required option 'topic' for connector 'upsert-kafka'");
  }

  @Test
  void refusesKafkaOnlyOptions() {
    assertThatThrownBy(() -> validator.validate(KEYED, options("scan.startup.mode", "latest-offset")))
        .isInstanceOf(OptionValidationException.class)
        .hasMessageStartingWith("Unsupported option 'scan.startup.mode' for connector 'upsert-kafka'");
  }

  @Test
  void deadLetterClientSecretsAreMasked() {
    assertThat(SecretOptions.isSecret("dead-letter.properties.sasl.jaas.config")).isTrue();
  }

  @Test
  void sourcesSayWhatTheyEmitAndSinksTakeUpdates() {
    assertThat(factories.get("upsert-kafka").sourceChangelogMode(options())).isEqualTo(SourceChangelogMode.UPSERT);
    assertThat(factories.get("upsert-kafka").sinkAcceptsUpdates()).isTrue();
    assertThat(factories.get("kafka").sourceChangelogMode(Map.of("format", "json")))
        .isEqualTo(SourceChangelogMode.INSERT_ONLY);
    assertThat(factories.get("kafka").sourceChangelogMode(Map.of("format", "debezium-json")))
        .isEqualTo(SourceChangelogMode.ALL);
    assertThat(factories.get("kafka").sourceChangelogMode(Map.of("value.format", "debezium-json")))
        .isEqualTo(SourceChangelogMode.ALL);
    assertThat(factories.get("datagen").sourceChangelogMode(Map.of())).isEqualTo(SourceChangelogMode.INSERT_ONLY);
  }

  @Test
  void connectorsWithoutAPrimaryKeyFailWithAHint() {
    String message = "Table t of connector 'upsert-kafka' needs a PRIMARY KEY (its columns are the record key)."
        + " Hint: add PRIMARY KEY (...) NOT ENFORCED";
    assertThatThrownBy(() -> factories.createSource("upsert-kafka", SourceRequest.of("t", ROWS, options())))
        .isInstanceOf(ConnectorException.class).hasMessage(message);
    assertThatThrownBy(() -> factories.createSink("upsert-kafka", new SinkRequest("t", ROWS, options())))
        .isInstanceOf(ConnectorException.class).hasMessage(message);
  }
}
