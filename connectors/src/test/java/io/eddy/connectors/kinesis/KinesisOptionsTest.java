package io.eddy.connectors.kinesis;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.OptionValidationException;
import io.eddy.catalog.options.OptionValues;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options of Kinesis tables, Flink 1.x and 2.x keys, the messages for bad ones, and split state; no server. */
class KinesisOptionsTest {

  private static final TableSchema SCHEMA = TableSchema.builder().column("k", STRING())
      .column("n", BIGINT()).build();

  private final TableOptionsValidator validator = TableOptionsValidator.discover();

  private static Map<String, String> options(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("connector", "kinesis", "stream", "s",
        "aws.region", "us-east-1", "format", "json"));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        options.remove(keysAndValues[i]);
      } else {
        options.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return options;
  }

  @Test
  void acceptsFlinkTwoAndFlinkOneKeys() {
    validator.validate(SCHEMA, options("stream", null, "stream.arn", "arn:aws:kinesis:eu-west-1:1:stream/s",
        "source.init.position", "AT_TIMESTAMP", "source.init.timestamp", "1700000000.5",
        "source.shard.get-records.max-record-count", "100", "sink.batch.max-size", "10"));
    Map<String, String> flinkOne = options("scan.stream.initpos", "TRIM_HORIZON",
        "scan.shard.getrecords.maxrecordcount", "7", "scan.shard.getrecords.intervalmillis", "300",
        "scan.shard.discovery.intervalmillis", "1000");
    validator.validate(SCHEMA, flinkOne);
    KinesisScanSettings settings = KinesisScanSettings.of("t", new OptionValues(flinkOne));
    assertThat(settings.initialPosition()).isEqualTo(KinesisOptions.InitialPosition.TRIM_HORIZON);
    assertThat(settings.maxRecordCount()).isEqualTo(7);
    assertThat(settings.idleInterval()).isEqualTo(Duration.ofMillis(300));
    assertThat(settings.discoveryInterval()).isEqualTo(Duration.ofSeconds(1));
    KinesisClientSettings arn = KinesisClientSettings.of("t", new OptionValues(options("stream", null,
        "aws.region", null, "stream.arn", "arn:aws:kinesis:eu-west-1:123456789012:stream/s")));
    assertThat(arn.region()).isEqualTo("eu-west-1");
  }

  @Test
  void aDeadLetterStreamIsReachedLikeTheTableAndWrittenWithItsSinkOptions() {
    String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/bad";
    Map<String, String> byArn = options("dead-letter.stream.arn", arn, "aws.endpoint", "http://127.0.0.1:1",
        "sink.batch.max-size", "10");
    validator.validate(SCHEMA, byArn);
    KinesisSinkSettings deadLetters = KinesisScanSettings.of("t", new OptionValues(byArn)).deadLetters();
    assertThat(deadLetters.client().stream()).isEqualTo(new StreamReference(null, arn, "dead-letter."));
    assertThat(deadLetters.client().location())
        .isEqualTo("dead-letter stream '" + arn + "' in region us-east-1 at http://127.0.0.1:1");
    assertThat(deadLetters.batchMaxSize()).isEqualTo(10);
    assertThat(KinesisScanSettings.of("t", new OptionValues(options("dead-letter.stream", " bad ")))
        .deadLetters().client().stream().name()).isEqualTo("bad");
    assertThat(KinesisScanSettings.of("t", new OptionValues(options())).deadLetters()).isNull();
  }

  @Test
  void badOptionsAreOneLineErrors() {
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("stream", null)))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage("Option 'stream' or 'stream.arn' of connector 'kinesis' is required.");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("stream.arn", "arn:x")))
        .hasMessage("Options 'stream' and 'stream.arn' of connector 'kinesis' exclude each other; give one.");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("source.init.position", "AT_TIMESTAMP")))
        .hasMessage("Option 'source.init.timestamp' of connector 'kinesis' is required with"
            + " 'source.init.position' = 'AT_TIMESTAMP'.");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("aws.credentials.provider", "BASIC")))
        .hasMessage("Option 'aws.credentials.basic.accesskeyid' of connector 'kinesis' is required with"
            + " 'aws.credentials.provider' = 'BASIC'.");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("dead-letter.streams", "bad")))
        .isInstanceOf(OptionValidationException.class)
        .hasMessageStartingWith("Unsupported option 'dead-letter.streams' for connector 'kinesis'. Did you mean"
            + " 'dead-letter.stream'? Supported options: ");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("dead-letter.topic", "bad")))
        .isInstanceOf(OptionValidationException.class)
        .hasMessageContaining("Unsupported option 'dead-letter.topic' for connector 'kinesis'.")
        .hasMessageContaining(" dead-letter.stream, dead-letter.stream.arn, ");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("dead-letter.stream", "bad",
        "dead-letter.stream.arn", "arn:aws:kinesis:us-east-1:000000000000:stream/bad")))
        .hasMessage("Options 'dead-letter.stream' and 'dead-letter.stream.arn' of connector 'kinesis' exclude each"
            + " other; give one.");
    assertThatThrownBy(() -> validator.validate(SCHEMA, options("sink.batch.max-size", "501")))
        .hasMessage("Invalid value '501' for option 'sink.batch.max-size': expected a number from 1 to 500");
    assertThatThrownBy(() -> source(options("source.reader.type", "EFO")))
        .isInstanceOf(ConnectorException.class)
        .hasMessage("Table t reads with enhanced fan-out ('source.reader.type' = 'EFO') and needs option"
            + " 'source.efo.consumer.name'");
    assertThatThrownBy(() -> source(options("source.init.position", "AT_TIMESTAMP",
        "source.init.timestamp", "yesterday")))
        .hasMessage("Invalid value 'yesterday' of option 'source.init.timestamp' of table t: expected seconds"
            + " since the epoch or a date-time like '2024-01-01T00:00:00.000Z' ('yyyy-MM-dd'T'HH:mm:ss.SSSXXX')");
    assertThatThrownBy(() -> source(options("aws.endpoint", "not a url")))
        .hasMessage("Invalid value 'not a url' of option 'aws.endpoint' of table t: expected a URL such as"
            + " 'https://kinesis.us-east-1.amazonaws.com'");
    assertThatThrownBy(() -> ConnectorFactories.load().createSink("kinesis", new SinkRequest("t",
        KinesisSourceTest.EVENTS, options("sink.partitioner", "com.example.Partitioner"))))
        .hasMessage("Invalid value 'com.example.Partitioner' of option 'sink.partitioner' of table t:"
            + " expected 'random' or 'fixed' (or PARTITIONED BY columns)");
    assertThatThrownBy(() -> ConnectorFactories.load().createSink("kinesis", new SinkRequest("t",
        KinesisSourceTest.EVENTS, options(), List.of(), List.of("missing"))))
        .hasMessage("PARTITIONED BY column 'missing' of table t is not a physical column");
  }

  private static void source(Map<String, String> options) {
    ConnectorFactories.load().createSource("kinesis", SourceRequest.of("t", KinesisSourceTest.EVENTS, options));
  }

  @Test
  void splitsSurviveTheirSerializer() {
    KinesisSplitSerializer serializer = KinesisSplitSerializer.INSTANCE;
    for (KinesisShardSplit split : List.of(
        new KinesisShardSplit("s", "shardId-1", StartingPosition.TRIM_HORIZON, List.of(), false),
        new KinesisShardSplit("s", "shardId-2", StartingPosition.LATEST, List.of("shardId-0"), false),
        new KinesisShardSplit("s", "shardId-3", StartingPosition.atTimestamp(1_700_000_000_500L),
            List.of("shardId-1", "shardId-2"), false),
        new KinesisShardSplit("s", "shardId-4", StartingPosition.afterSequenceNumber("4960"), List.of(), true))) {
      assertThat(serializer.deserialize(serializer.version(), serializer.serialize(split))).isEqualTo(split);
    }
    assertThatThrownBy(() -> serializer.deserialize(2, new byte[0]))
        .hasMessage("unknown Kinesis split version 2, this build reads version 1");
  }
}
