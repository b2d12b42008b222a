package io.eddy.connectors;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.BYTES;
import static io.eddy.catalog.types.DataTypes.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.OptionValidationException;
import io.eddy.catalog.options.TableOptionsValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact messages a user sees for bad WITH options of the built-in connectors. */
class ConnectorOptionsValidationTest {

  private static final TableSchema SCHEMA = TableSchema.builder()
      .column("id", BIGINT()).column("name", STRING()).computed("twice", BIGINT(), "id * 2")
      .build();

  private final TableOptionsValidator validator = TableOptionsValidator.discover();

  private static Map<String, String> options(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      options.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return options;
  }

  private void assertError(Map<String, String> options, String message) {
    assertError(SCHEMA, options, message);
  }

  private void assertError(TableSchema schema, Map<String, String> options, String message) {
    assertThatThrownBy(() -> validator.validate(schema, options))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage(message);
  }

  @Test
  void acceptsTypicalTables() {
    validator.validate(SCHEMA, options("connector", "datagen", "rows-per-second", "5",
        "number-of-rows", "100", "fields.id.kind", "sequence", "fields.id.start", "1",
        "fields.id.end", "100", "fields.name.length", "10", "fields.name.null-rate", "0.1"));
    validator.validate(SCHEMA, options("connector", "print", "print-identifier", "out",
        "standard-error", "true"));
    validator.validate(SCHEMA, options("connector", "blackhole"));
    validator.validate(SCHEMA, options("connector", "filesystem", "path", "/tmp/x",
        "format", "csv", "csv.field-delimiter", "|", "sink.rolling-policy.file-size", "1 mb",
        "source.monitor-interval", "10 s"));
    validator.validate(SCHEMA, options("connector", "nexmark", "table", "bid",
        "events-per-second", "1000", "max-events", "10000"));
    validator.validate(TableSchema.builder().column("data", BYTES()).build(),
        options("connector", "filesystem", "path", "/tmp/x", "format", "raw",
            "raw.endianness", "little-endian"));
  }

  @Test
  void connectorMessages() {
    assertError(options("topic", "bids"), "Missing required option 'connector'."
        + " Available connectors: blackhole, datagen, filesystem, kafka, kinesis, nexmark, print, upsert-kafka");
    assertError(options("connector", "kafak"), "Unknown connector 'kafak'. Did you mean 'kafka'?"
        + " Available connectors: blackhole, datagen, filesystem, kafka, kinesis, nexmark, print, upsert-kafka");
    assertError(options("connector", "datagn"), "Unknown connector 'datagn'. Did you mean"
        + " 'datagen'? Available connectors: blackhole, datagen, filesystem, kafka, kinesis, nexmark, print, upsert-kafka");
  }

  @Test
  void optionMessages() {
    assertError(options("connector", "datagen", "rows-per-secnd", "5"),
        "Unsupported option 'rows-per-secnd' for connector 'datagen'. Did you mean"
            + " 'rows-per-second'? Supported options: fields.#.end, fields.#.kind,"
            + " fields.#.length, fields.#.max, fields.#.max-past, fields.#.min,"
            + " fields.#.null-rate, fields.#.start, fields.#.var-len, number-of-rows, ..."
            + " (2 more)");
    assertError(options("connector", "blackhole", "sink.parallelism", "2"),
        "Unsupported option 'sink.parallelism' for connector 'blackhole'. Supported options:"
            + " none");
    assertError(options("connector", "print", "format", "json"),
        "Unsupported option 'format' for connector 'print'. Supported options:"
            + " print-identifier, sink.parallelism, standard-error");
    assertError(options("connector", "datagen", "rows-per-second", "fast"),
        "Invalid value 'fast' for option 'rows-per-second': expected a long integer such as"
            + " '1000'");
    assertError(options("connector", "datagen", "rows-per-second", "0"),
        "Invalid value '0' for option 'rows-per-second': expected a positive number");
    assertError(options("connector", "datagen", "fields.id.kind", "sequential"),
        "Invalid value 'sequential' for option 'fields.id.kind': expected one of 'random',"
            + " 'sequence'");
    assertError(options("connector", "filesystem", "path", "/x", "format", "csv",
        "source.monitor-interval", "often"),
        "Invalid value 'often' for option 'source.monitor-interval': expected a duration such"
            + " as '10 s', '1 min' or '500 ms'");
  }

  @Test
  void requiredOptionAndFormatMessages() {
    assertError(options("connector", "filesystem", "format", "json"),
        "Missing required option 'path' for connector 'filesystem'");
    assertError(options("connector", "filesystem", "path", "/x"),
        "Missing required option 'format' for connector 'filesystem'."
            + " Available formats: csv, debezium-json, json, raw");
    assertError(options("connector", "filesystem", "path", "/x", "format", "jsn"),
        "Unknown format 'jsn' in option 'format'. Did you mean 'json'?"
            + " Available formats: csv, debezium-json, json, raw");
    assertError(options("connector", "filesystem", "path", "/x", "format", "json",
        "json.ignore-parse-error", "true"),
        "Unsupported option 'json.ignore-parse-error' for format 'json'. Did you mean"
            + " 'json.ignore-parse-errors'? Supported options: json.decode.json-parser.enabled,"
            + " json.encode.decimal-as-plain-number, json.encode.ignore-null-fields,"
            + " json.fail-on-missing-field, json.ignore-parse-errors, json.map-null-key.literal,"
            + " json.map-null-key.mode, json.timestamp-format.standard");
    assertError(options("connector", "nexmark"),
        "Missing required option 'table' for connector 'nexmark'");
    assertError(options("connector", "nexmark", "table", "bids"),
        "Invalid value 'bids' for option 'table': expected one of 'person', 'auction', 'bid'");
  }

  @Test
  void crossOptionMessages() {
    assertError(options("connector", "datagen", "fields.nope.kind", "random"),
        "Option 'fields.nope.kind' of connector 'datagen' names field 'nope', which is not a"
            + " physical column of the table. Physical columns: id, name");
    assertError(options("connector", "datagen", "fields.twice.min", "1"),
        "Option 'fields.twice.min' of connector 'datagen' names field 'twice', which is not a"
            + " physical column of the table. Physical columns: id, name");
    assertError(options("connector", "datagen", "fields.id.kind", "sequence",
        "fields.id.start", "1"),
        "Field 'id' of connector 'datagen' is a sequence and needs option 'fields.id.end'");
    assertError(options("connector", "nexmark", "table", "bid", "events-per-second", "10",
        "first-event-rate", "5"),
        "Option 'events-per-second' of connector 'nexmark' cannot be combined with"
            + " 'first-event-rate' or 'next-event-rate'");
    assertError(options("connector", "nexmark", "table", "bid", "person-proportion", "0",
        "auction-proportion", "0", "bid-proportion", "0"),
        "The proportions of connector 'nexmark' are all 0: at least one of person-proportion,"
            + " auction-proportion and bid-proportion must be positive");
    assertError(options("connector", "filesystem", "path", "/x", "format", "json",
        "json.fail-on-missing-field", "true", "json.ignore-parse-errors", "true"),
        "Options 'json.fail-on-missing-field' and 'json.ignore-parse-errors' of format 'json'"
            + " cannot both be true");
    assertError(options("connector", "filesystem", "path", "/x", "format", "csv",
        "csv.disable-quote-character", "true", "csv.quote-character", "'"),
        "Options 'csv.quote-character' and 'csv.disable-quote-character' of format 'csv'"
            + " cannot be used together");
    assertError(options("connector", "filesystem", "path", "/x", "format", "csv",
        "csv.field-delimiter", ";;"),
        "Invalid value ';;' for option 'csv.field-delimiter': expected a single character");
    assertError(options("connector", "filesystem", "path", "/x", "format", "raw"),
        "The format 'raw' needs exactly one physical column, but the table has 2");
    assertError(options("connector", "filesystem", "path", "/x", "format", "raw",
        "raw.charset", "UTF-99"),
        "Invalid value 'UTF-99' for option 'raw.charset': expected a character set name such"
            + " as 'UTF-8'");
  }

  @Test
  void catalogManagerValidatesWithTheDiscoveredConnectors() {
    CatalogManager manager = CatalogManager.discover();
    CatalogTable table = CatalogTable.of(SCHEMA, options("connector", "datagen",
        "number-of-rows", "10", "fields.name.password", "x"));
    assertThatThrownBy(() -> manager.createTable(manager.qualify("t"), table, false))
        .hasMessageStartingWith("Unsupported option 'fields.name.password' for connector"
            + " 'datagen'.");
    manager.createTable(manager.qualify("t"),
        CatalogTable.of(SCHEMA, options("connector", "datagen", "number-of-rows", "10")), false);
    assertThat(manager.showCreate(manager.qualify("t"))).isEqualTo("""
        CREATE TABLE `default_catalog`.`default_database`.`t` (
          `id` BIGINT,
          `name` STRING,
          `twice` AS id * 2
        )
        WITH (
          'connector' = 'datagen',
          'number-of-rows' = '10'
        )""");
  }
}
