package io.eddy.planner.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.planner.Planner;
import io.eddy.planner.PlannerException;
import io.eddy.planner.TestObjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateTableConverterTest {

  private static final String BIDS = """
      CREATE TABLE bids2 (
        auction BIGINT,
        bidder BIGINT NOT NULL,
        price BIGINT,
        url STRING COMMENT 'where the bid came from',
        date_time TIMESTAMP(3),
        tags ARRAY<STRING>,
        extra ROW<`channel` STRING NOT NULL, `weights` MAP<STRING, DOUBLE>>,
        price_cents AS price * 100,
        `partition` INT METADATA VIRTUAL,
        ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
        PRIMARY KEY (bidder) NOT ENFORCED,
        WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND
      ) COMMENT 'Nexmark bids'
      PARTITIONED BY (auction)
      WITH ('connector' = 'kafka', 'topic' = 'bids', 'format' = 'json',
        'properties.bootstrap.servers' = '127.0.0.1:9092')""";

  private final TestObjects objects = TestObjects.nexmark();
  private final Planner planner = new Planner(objects, TestObjects.OPTIONS, Map.of());

  private ConvertedTable convert(String sql) {
    return planner.convertCreateTable((SqlCreateTable) new EddySqlParser().parseStatement(sql));
  }

  private CatalogTable table(String sql) {
    return convert(sql).table();
  }

  @Test
  void convertsNexmarkDdl() {
    ConvertedTable converted = convert(BIDS);
    CatalogTable table = converted.table();

    assertThat(converted.identifier()).isEqualTo(new ObjectIdentifier("cat", "db", "bids2"));
    assertThat(converted.insertQuery()).isEmpty();
    assertThat(table.schema().columns()).containsExactly(
        Column.physical("auction", parse("BIGINT")),
        Column.physical("bidder", parse("BIGINT NOT NULL")),
        Column.physical("price", parse("BIGINT")),
        Column.physical("url", parse("STRING")).withComment("where the bid came from"),
        Column.physical("date_time", parse("TIMESTAMP(3)")).withType(
            table.schema().columns().get(4).type()),
        Column.physical("tags", parse("ARRAY<STRING>")),
        Column.physical("extra",
            parse("ROW<`channel` STRING NOT NULL, `weights` MAP<STRING, DOUBLE>>")),
        Column.computed("price_cents", parse("BIGINT"), "`price` * 100"),
        Column.metadata("partition", parse("INT"), null, true),
        Column.metadata("ts", parse("TIMESTAMP_LTZ(3)"), "timestamp", false));
    assertThat(table.schema().columns().get(4).type().asSummaryString())
        .isEqualTo("TIMESTAMP(3) *ROWTIME*");
    assertThat(table.schema().watermark().orElseThrow().expression())
        .isEqualTo("`date_time` - INTERVAL '4' SECOND");
    assertThat(table.schema().primaryKey().orElseThrow().columns()).containsExactly("bidder");
    assertThat(table.partitionKeys()).containsExactly("auction");
    assertThat(table.comment()).contains("Nexmark bids");
    assertThat(table.options()).containsEntry("topic", "bids").hasSize(4);
  }

  @Test
  void computedColumnSeesPhysicalAndMetadataColumns() {
    CatalogTable table = table("CREATE TABLE t (a INT, m BIGINT METADATA, s AS CAST(a AS STRING)"
        + " || 'x', n AS m + a, pt AS PROCTIME()) WITH ('connector' = 'datagen')");

    assertThat(table.schema().columns().get(2).type().asSerializableString())
        .isEqualTo("STRING");
    assertThat(table.schema().columns().get(3).type().asSerializableString())
        .isEqualTo("BIGINT");
    assertThat(table.schema().columns().get(4).type().asSummaryString())
        .isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
    assertThat(((Column.ComputedColumn) table.schema().columns().get(2)).expression())
        .isEqualTo("CAST(`a` AS STRING) || 'x'");
  }

  @Test
  void badComputedExpressionNamesTheColumnAndPosition() {
    assertThatThrownBy(() -> table("CREATE TABLE t (\n  price BIGINT,\n  doubled AS pricee * 2\n)"
        + " WITH ('connector' = 'datagen')"))
        .isInstanceOf(PlannerException.class)
        .hasMessage("line 3, column 14: Column 'pricee' not found in any table."
            + " Did you mean 'price'?");
    assertThatThrownBy(() -> table("CREATE TABLE t (price BIGINT, url STRING, x AS price + url)"
        + " WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 48: Cannot apply '+' to arguments of type 'BIGINT + STRING'");
  }

  @Test
  void watermarkMustBeATimestampWithPrecisionUpToThree() {
    assertThatThrownBy(() -> table("CREATE TABLE t (ts TIMESTAMP(3),"
        + " WATERMARK FOR ts AS CAST(ts AS BIGINT)) WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 54: Invalid data type of expression for watermark"
            + " definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the"
            + " supported precision 'p' is from 0 to 3, but the watermark expression type is"
            + " BIGINT");
    assertThatThrownBy(() -> table("CREATE TABLE t (ts TIMESTAMP(6),"
        + " WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 48: Invalid data type of time field for watermark"
            + " definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the"
            + " supported precision 'p' is from 0 to 3, but the time field type is TIMESTAMP(6)");
  }

  @Test
  void watermarkColumnMustExist() {
    assertThatThrownBy(() -> table("CREATE TABLE t (ts TIMESTAMP(3),"
        + " WATERMARK FOR tss AS ts) WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 48: Invalid column name 'tss' for rowtime attribute in"
            + " watermark declaration. Available columns are: [ts]. Did you mean 'ts'?");
  }

  @Test
  void watermarkOnAComputedColumn() {
    CatalogTable table = table("CREATE TABLE t (s STRING, ts AS CAST(s AS TIMESTAMP(3)),"
        + " WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen')");

    assertThat(table.schema().watermark().orElseThrow().rowtimeColumn()).isEqualTo("ts");
  }

  @Test
  void watermarkOnEpochMillisecondsConvertedWithFlinksFunction() {
    CatalogTable table = table("CREATE TABLE t (ms BIGINT, ts AS TO_TIMESTAMP_LTZ(ms, 3),"
        + " WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen')");

    assertThat(table.schema().column("ts").orElseThrow().type().asSummaryString())
        .isEqualTo("TIMESTAMP_LTZ(3) *ROWTIME*");
  }

  @Test
  void primaryKeyColumnsMustBePhysicalColumns() {
    assertThatThrownBy(() -> table("CREATE TABLE t (id BIGINT, PRIMARY KEY (idd) NOT ENFORCED)"
        + " WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 41: Primary key column 'idd' is not a column of the table."
            + " Did you mean 'id'?");
    assertThatThrownBy(() -> table("CREATE TABLE t (id BIGINT, c AS id + 1,"
        + " PRIMARY KEY (c) NOT ENFORCED) WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 54: Primary key column 'c' must be a physical column, but it"
            + " is a computed column");
  }

  @Test
  void partitionKeysMustBeColumns() {
    assertThatThrownBy(() -> table("CREATE TABLE t (id BIGINT) PARTITIONED BY (idd)"
        + " WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 44: Partition key column 'idd' is not a column of the table."
            + " Did you mean 'id'?");
  }

  @Test
  void optionsAreValidatedByTheConnector() {
    assertThatThrownBy(() -> table("CREATE TABLE t (id BIGINT) WITH ('connector' = 'kafka',"
        + " 'format' = 'json')"))
        .isInstanceOfSatisfying(PlannerException.class,
            e -> assertThat(e.category()).isEqualTo(PlannerException.Category.CATALOG))
        .hasMessage("line 1, column 33: Missing required option 'topic' for connector 'kafka'");
  }

  @Test
  void duplicateColumn() {
    assertThatThrownBy(() -> table("CREATE TABLE t (id BIGINT, id INT)"
        + " WITH ('connector' = 'datagen')"))
        .hasMessage("line 1, column 28: Column 'id' is declared twice");
  }

  @Test
  void expressionsStoredAsTextReparse() {
    CatalogTable table = table(BIDS);
    String expression = table.schema().watermark().orElseThrow().expression();

    assertThat(EddySqlParser.toSql(new EddySqlParser().parseExpression(expression)))
        .isEqualTo(expression);
  }

  private static io.eddy.catalog.types.DataType parse(String type) {
    return io.eddy.catalog.types.DataTypeParser.parse(type);
  }

  static List<String> names(CatalogTable table) {
    return table.schema().columnNames();
  }
}
