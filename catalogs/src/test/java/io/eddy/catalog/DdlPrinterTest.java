package io.eddy.catalog;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.INT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static io.eddy.catalog.types.DataTypes.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.catalog.types.DataTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DdlPrinterTest {

  private static final ObjectIdentifier BIDS =
      new ObjectIdentifier("default_catalog", "default_database", "bids");

  @Test
  void printsTableInShowCreateTableLayoutWithSecretsMasked() {
    TableSchema schema = TableSchema.builder()
        .column(Column.physical("auction", BIGINT()).withComment("auction id"))
        .column("price", BIGINT())
        .column("url", STRING())
        .column("date_time", TIMESTAMP(3))
        .column("tags", DataTypes.MAP(STRING(), DataTypes.ARRAY(INT().notNull())))
        .computed("doubled", BIGINT(), "`price` * 2")
        .metadata("partition", INT(), null, true)
        .metadata("event_time", DataTypes.TIMESTAMP_LTZ(3), "timestamp", false)
        .watermark("date_time", "`date_time` - INTERVAL '4' SECOND")
        .primaryKey("auction")
        .build();
    Map<String, String> options = new LinkedHashMap<>();
    options.put("connector", "kafka");
    options.put("topic", "bids");
    options.put("properties.sasl.jaas.config", "org.Plain required password=\"x\";");
    options.put("properties.ssl.key.password", "hunter2");
    options.put("aws.credentials.basic.secretkey", "abc");
    options.put("value.json.timestamp-format.standard", "ISO-8601");
    CatalogTable table = new CatalogTable(schema, Optional.of("Nexmark's bids"),
        List.of("url"), options);

    assertThat(DdlPrinter.createTable(BIDS, table, false)).isEqualTo("""
        CREATE TABLE `default_catalog`.`default_database`.`bids` (
          `auction` BIGINT NOT NULL COMMENT 'auction id',
          `price` BIGINT,
          `url` STRING,
          `date_time` TIMESTAMP(3),
          `tags` MAP<STRING, ARRAY<INT NOT NULL>>,
          `doubled` AS `price` * 2,
          `partition` INT METADATA VIRTUAL,
          `event_time` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
          WATERMARK FOR `date_time` AS `date_time` - INTERVAL '4' SECOND,
          CONSTRAINT `PK_auction` PRIMARY KEY (`auction`) NOT ENFORCED
        )
        COMMENT 'Nexmark''s bids'
        PARTITIONED BY (`url`)
        WITH (
          'connector' = 'kafka',
          'topic' = 'bids',
          'properties.sasl.jaas.config' = '******',
          'properties.ssl.key.password' = '******',
          'aws.credentials.basic.secretkey' = '******',
          'value.json.timestamp-format.standard' = 'ISO-8601'
        )""");
  }

  @Test
  void printsMinimalTemporaryTableAndQuotesNames() {
    CatalogTable table = CatalogTable.of(
        TableSchema.builder().column("we`ird", INT()).build(), Map.of());
    assertThat(DdlPrinter.create(new ObjectIdentifier("c", "d", "t"), table, true))
        .isEqualTo("""
            CREATE TEMPORARY TABLE `c`.`d`.`t` (
              `we``ird` INT
            )""");
  }

  @Test
  void printsViewWithExpandedQuery() {
    CatalogView view = new CatalogView(
        TableSchema.builder().column("auction", BIGINT()).column("n", BIGINT().notNull()).build(),
        "SELECT auction, COUNT(*) AS n FROM bids GROUP BY auction",
        "SELECT `bids`.`auction`, COUNT(*) AS `n`\nFROM `default_catalog`.`default_database`.`bids`"
            + "\nGROUP BY `bids`.`auction`",
        Optional.of("bids per auction"));
    assertThat(DdlPrinter.create(new ObjectIdentifier("c", "d", "v"), view, false))
        .isEqualTo("""
            CREATE VIEW `c`.`d`.`v` (
              `auction`,
              `n`
            )
            COMMENT 'bids per auction'
            AS SELECT `bids`.`auction`, COUNT(*) AS `n`
            FROM `default_catalog`.`default_database`.`bids`
            GROUP BY `bids`.`auction`""");
  }

  @Test
  void secretKeysAreRecognisedIgnoringCase() {
    assertThat(SecretOptions.isSecret("properties.SASL.JAAS.CONFIG")).isTrue();
    assertThat(SecretOptions.isSecret("password")).isTrue();
    assertThat(SecretOptions.isSecret("aws.credentials.basic.secretkey")).isTrue();
    assertThat(SecretOptions.isSecret("properties.ssl.truststore.password")).isTrue();
    assertThat(SecretOptions.isSecret("http.auth.token")).isTrue();
    assertThat(SecretOptions.isSecret("topic")).isFalse();
    assertThat(SecretOptions.isSecret("aws.credentials.provider")).isFalse();
    assertThat(SecretOptions.mask("password", "x")).isEqualTo("******");
  }
}
