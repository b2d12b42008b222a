package io.eddy.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.catalog.SecretOptions;
import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.TableOptionsValidator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins every declared option of every connector and format: key, type, default, required. */
class DeclaredOptionsTest {

  private final TableOptionsValidator validator = TableOptionsValidator.discover();

  private static String lines(String owner, List<ConfigOption<?>> required,
      List<ConfigOption<?>> optional) {
    StringBuilder text = new StringBuilder(owner).append('\n');
    for (ConfigOption<?> option : required) {
      text.append("  ").append(option.key()).append(" ").append(option.type().name())
          .append(" required\n");
    }
    for (ConfigOption<?> option : optional) {
      text.append("  ").append(option.key()).append(" ").append(option.type().name())
          .append(option.defaultText().map(d -> " = '" + d + "'").orElse("")).append('\n');
    }
    return text.toString();
  }

  @Test
  void everyDeclaredOptionIsPinned() {
    String actual = validator.connectors().values().stream()
        .map(c -> lines("connector " + c.identifier() + " (format " + c.formatSupport() + ")",
            c.requiredOptions(), c.optionalOptions()))
        .collect(Collectors.joining())
        + validator.formats().values().stream()
            .map(f -> lines("format " + f.identifier(), f.requiredOptions(), f.optionalOptions()))
            .collect(Collectors.joining());
    assertThat(actual).isEqualTo("""
        connector blackhole (format NONE)
        connector datagen (format NONE)
          rows-per-second Long = '10000'
          number-of-rows Long
          scan.parallelism Integer
          fields.#.kind Enum = 'random'
          fields.#.min String
          fields.#.max String
          fields.#.max-past Duration = '0 ms'
          fields.#.length Integer = '100'
          fields.#.var-len Boolean = 'false'
          fields.#.start String
          fields.#.end String
          fields.#.null-rate Float = '0.0'
        connector filesystem (format VALUE)
          path String required
          source.monitor-interval Duration
          source.report-statistics Enum = 'ALL'
          source.path.regex-pattern String
          partition.default-name String = '__DEFAULT_PARTITION__'
          sink.rolling-policy.file-size MemorySize = '128 mb'
          sink.rolling-policy.rollover-interval Duration = '30 min'
          sink.rolling-policy.check-interval Duration = '1 min'
          sink.rolling-policy.inactivity-interval Duration = '30 min'
          sink.shuffle-by-partition.enable Boolean = 'false'
          partition.time-extractor.kind String = 'default'
          partition.time-extractor.class String
          partition.time-extractor.timestamp-pattern String
          partition.time-extractor.timestamp-formatter String = 'yyyy-MM-dd HH:mm:ss'
          sink.partition-commit.trigger String = 'process-time'
          sink.partition-commit.delay Duration = '0 ms'
          sink.partition-commit.watermark-time-zone String = 'UTC'
          sink.partition-commit.policy.kind String
          sink.partition-commit.policy.class String
          sink.partition-commit.success-file.name String = '_SUCCESS'
          auto-compaction Boolean = 'false'
          compaction.file-size MemorySize
          sink.parallelism Integer
        connector kafka (format KEY_VALUE)
          properties.bootstrap.servers String required
          topic List<String>
          topic-pattern String
          properties.group.id String
          scan.startup.mode Enum = 'group-offsets'
          scan.startup.specific-offsets String
          scan.startup.timestamp-millis Long
          scan.bounded.mode Enum = 'unbounded'
          scan.bounded.specific-offsets String
          scan.bounded.timestamp-millis Long
          scan.topic-partition-discovery.interval Duration = '5 min'
          key.fields List<String>
          key.fields-prefix String
          value.fields-include Enum = 'ALL'
          sink.partitioner String = 'default'
          sink.delivery-guarantee Enum = 'at-least-once'
          sink.transactional-id-prefix String
          sink.parallelism Integer
          dead-letter.topic String
        connector kinesis (format VALUE)
          stream String
          stream.arn String
          aws.region String
          aws.endpoint String
          aws.credentials.provider Enum = 'AUTO'
          aws.credentials.basic.accesskeyid String
          aws.credentials.basic.secretkey String
          aws.credentials.profile.name String
          aws.credentials.profile.path String
          source.init.position Enum = 'LATEST'
          source.init.timestamp String
          source.init.timestamp.format String = 'yyyy-MM-dd'T'HH:mm:ss.SSSXXX'
          source.shard.get-records.max-record-count Integer = '10000'
          source.shard.get-records.idle-source-interval Duration = '200 ms'
          source.shard.discovery.interval Duration = '10 s'
          source.reader.type Enum = 'POLLING'
          source.efo.consumer.name String
          source.efo.lifecycle Enum = 'JOB_MANAGED'
          sink.partitioner String = 'random'
          sink.partitioner-field-delimiter String = '|'
          sink.batch.max-size Integer = '500'
          sink.requests.max-inflight Integer = '50'
          sink.requests.max-buffered Integer = '10000'
          sink.flush-buffer.size Long = '5242880'
          sink.flush-buffer.timeout Duration = '5 s'
          sink.fail-on-error Boolean = 'false'
          sink.parallelism Integer
          dead-letter.stream String
          dead-letter.stream.arn String
        connector nexmark (format NONE)
          table Enum required
          events-per-second Long
          max-events Long = '0'
          first-event-rate Long = '10000'
          next-event-rate Long = '10000'
          person-proportion Integer = '1'
          auction-proportion Integer = '3'
          bid-proportion Integer = '46'
          seed Long = '0'
          num-active-people Integer = '1000'
          num-in-flight-auctions Integer = '100'
          hot-auction-ratio Integer = '2'
          hot-seller-ratio Integer = '4'
          hot-bidder-ratio Integer = '4'
          out-of-order-group-size Integer = '1'
          scan.parallelism Integer
        connector print (format NONE)
          print-identifier String
          standard-error Boolean = 'false'
          sink.parallelism Integer
        connector upsert-kafka (format KEY_VALUE)
          topic List<String> required
          properties.bootstrap.servers String required
          key.fields-prefix String
          value.fields-include Enum = 'ALL'
          scan.bounded.mode Enum = 'unbounded'
          scan.bounded.specific-offsets String
          scan.bounded.timestamp-millis Long
          scan.topic-partition-discovery.interval Duration = '5 min'
          sink.delivery-guarantee Enum = 'at-least-once'
          sink.parallelism Integer
          sink.buffer-flush.max-rows Integer = '0'
          sink.buffer-flush.interval Duration = '0 ms'
          dead-letter.topic String
        format csv
          csv.field-delimiter String = ','
          csv.disable-quote-character Boolean = 'false'
          csv.quote-character String = '"'
          csv.allow-comments Boolean = 'false'
          csv.ignore-parse-errors Boolean = 'false'
          csv.array-element-delimiter String = ';'
          csv.escape-character String
          csv.null-literal String
          csv.write-bigdecimal-in-scientific-notation Boolean = 'true'
        format debezium-json
          debezium-json.schema-include Boolean = 'false'
          debezium-json.ignore-parse-errors Boolean = 'false'
          debezium-json.timestamp-format.standard Enum = 'SQL'
        format json
          json.fail-on-missing-field Boolean = 'false'
          json.ignore-parse-errors Boolean = 'false'
          json.timestamp-format.standard Enum = 'SQL'
          json.map-null-key.mode Enum = 'FAIL'
          json.map-null-key.literal String = 'null'
          json.encode.decimal-as-plain-number Boolean = 'false'
          json.encode.ignore-null-fields Boolean = 'false'
          json.decode.json-parser.enabled Boolean = 'true'
        format raw
          raw.charset String = 'UTF-8'
          raw.endianness Enum = 'big-endian'
        """);
  }

  @Test
  void everyOptionHasADescriptionAndDefaultsPassTheirOwnChecks() {
    validator.connectors().values().forEach(c -> {
      c.requiredOptions().forEach(DeclaredOptionsTest::checkDeclared);
      c.optionalOptions().forEach(DeclaredOptionsTest::checkDeclared);
      c.secretOptions().forEach(key -> assertThat(SecretOptions.isSecret(key)).as(key).isTrue());
    });
    validator.formats().values().forEach(f -> f.optionalOptions()
        .forEach(DeclaredOptionsTest::checkDeclared));
  }

  private static void checkDeclared(ConfigOption<?> option) {
    assertThat(option.description()).as(option.key()).isNotBlank().endsWith(".");
    option.defaultText().ifPresent(text -> assertThat(option.parse(text)).as(option.key())
        .isEqualTo(option.defaultValue().orElseThrow()));
  }

  @Test
  void rendersReadmeTables() {
    String markdown = OptionsReadme.render();
    assertThat(markdown).contains("""
        ### Connector `datagen` (source)

        | Key | Required | Type | Default | Description |
        |---|---|---|---|---|
        | `rows-per-second` | no | Long | `10000` | Rows per second to emit, the throttle of the\
         source. |
        """);
    assertThat(markdown).contains("### Connector `filesystem` (source and sink; takes `format`)");
    assertThat(markdown).contains("| `table` | yes | Enum | (none) |");
    assertThat(markdown).contains("### Connector `blackhole` (sink)\n\n"
        + "| Key | Required | Type | Default | Description |\n|---|---|---|---|---|\n"
        + "| (none) | | | | This connector takes no options. |\n");
    assertThat(markdown).contains("| `csv.quote-character` | no | String | `\"` |");
  }
}
