package io.eddy.parser;

import static io.eddy.parser.ParserTestSupport.parse;
import static io.eddy.parser.ParserTestSupport.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.eddy.parser.ddl.SqlAlterTableRename;
import io.eddy.parser.ddl.SqlAlterTableReset;
import io.eddy.parser.ddl.SqlAlterTableSet;
import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlCreateCatalog;
import io.eddy.parser.ddl.SqlCreateDatabase;
import io.eddy.parser.ddl.SqlCreateFunction;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateTableAs;
import io.eddy.parser.ddl.SqlCreateTableLike;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.parser.ddl.SqlDropCatalog;
import io.eddy.parser.ddl.SqlDropDatabase;
import io.eddy.parser.ddl.SqlDropFunction;
import io.eddy.parser.ddl.SqlDropTable;
import io.eddy.parser.ddl.SqlDropView;
import io.eddy.parser.ddl.SqlMetadataColumn;
import io.eddy.parser.ddl.SqlPhysicalColumn;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlTableLike;
import io.eddy.parser.ddl.SqlTableLike.Feature;
import io.eddy.parser.ddl.SqlTableLike.LikeOption;
import io.eddy.parser.ddl.SqlTableLike.MergingStrategy;
import io.eddy.parser.ddl.SqlUseCatalog;
import io.eddy.parser.ddl.SqlUseDatabase;

class DdlParserTest {

    private static final String BIDS = """
            CREATE TABLE bids (
              auction BIGINT,
              bidder BIGINT NOT NULL COMMENT 'who',
              price DECIMAL(10, 2),
              url STRING,
              date_time TIMESTAMP(3),
              `partition` INT METADATA VIRTUAL,
              `offset` BIGINT METADATA FROM 'offset' VIRTUAL COMMENT 'kafka offset',
              headers MAP<STRING, BYTES> METADATA,
              price_x2 AS price * 2 COMMENT 'doubled',
              CONSTRAINT pk PRIMARY KEY (auction, bidder) NOT ENFORCED,
              WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND
            ) COMMENT 'all bids'
            PARTITIONED BY (auction, bidder)
            WITH (
              'connector' = 'kafka', 'topic' = 'bids',
              'properties.bootstrap.servers' = '127.0.0.1:9092',
              'scan.startup.mode' = 'earliest-offset', 'format' = 'json')""";

    @Test
    void createTableWithEveryKindOfElement() {
        SqlCreateTable table = parse(BIDS, SqlCreateTable.class);
        assertThat(table.fullName()).containsExactly("bids");
        assertThat(table.isTemporary()).isFalse();
        assertThat(table.ifNotExists()).isFalse();
        assertThat(table.comment()).isEqualTo("all bids");
        assertThat(table.partitionKeys()).containsExactly("auction", "bidder");
        assertThat(table.options()).containsExactly(
                Map.entry("connector", "kafka"), Map.entry("topic", "bids"),
                Map.entry("properties.bootstrap.servers", "127.0.0.1:9092"),
                Map.entry("scan.startup.mode", "earliest-offset"), Map.entry("format", "json"));
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly(
                "auction", "bidder", "price", "url", "date_time", "partition", "offset", "headers", "price_x2");

        SqlPhysicalColumn bidder = (SqlPhysicalColumn) table.columns().get(1);
        assertThat(bidder.type().getNullable()).isFalse();
        assertThat(bidder.comment()).isEqualTo("who");
        SqlBasicTypeNameSpec price = (SqlBasicTypeNameSpec) ((SqlPhysicalColumn) table.columns().get(2))
                .type().getTypeNameSpec();
        assertThat(price.getPrecision()).isEqualTo(10);
        assertThat(price.getScale()).isEqualTo(2);

        SqlMetadataColumn partition = (SqlMetadataColumn) table.columns().get(5);
        assertThat(partition.isVirtual()).isTrue();
        assertThat(partition.metadataKey()).isNull();
        SqlMetadataColumn offset = (SqlMetadataColumn) table.columns().get(6);
        assertThat(offset.metadataKey()).isEqualTo("offset");
        assertThat(offset.comment()).isEqualTo("kafka offset");
        SqlMetadataColumn headers = (SqlMetadataColumn) table.columns().get(7);
        assertThat(headers.isVirtual()).isFalse();

        SqlComputedColumn doubled = (SqlComputedColumn) table.columns().get(8);
        assertThat(EddySqlParser.toSql(doubled.expression())).isEqualTo("`price` * 2");
        assertThat(doubled.comment()).isEqualTo("doubled");

        SqlPrimaryKey key = table.primaryKey().orElseThrow();
        assertThat(key.constraintName()).isEqualTo("pk");
        assertThat(key.columns()).containsExactly("auction", "bidder");
        assertThat(key.isEnforced()).isFalse();

        assertThat(table.watermark().orElseThrow().eventTimeColumn().names).containsExactly("date_time");
        assertThat(EddySqlParser.toSql(table.watermark().orElseThrow().strategy()))
                .isEqualTo("`date_time` - INTERVAL '4' SECOND");
    }

    @Test
    void inlinePrimaryKeyBecomesTableConstraint() {
        SqlCreateTable table = parse(
                "CREATE TEMPORARY TABLE IF NOT EXISTS cat.db.t (id INT PRIMARY KEY NOT ENFORCED, v STRING)"
                        + " WITH ('connector' = 'datagen')", SqlCreateTable.class);
        assertThat(table.fullName()).containsExactly("cat", "db", "t");
        assertThat(table.isTemporary()).isTrue();
        assertThat(table.ifNotExists()).isTrue();
        assertThat(table.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(table.primaryKey().orElseThrow().constraintName()).isNull();
    }

    @Test
    void primaryKeyWithoutEnforcementClauseIsEnforced() {
        assertThat(parse("CREATE TABLE t (a INT, PRIMARY KEY (a))", SqlCreateTable.class)
                .primaryKey().orElseThrow().isEnforced()).isTrue();
        assertThat(parse("CREATE TABLE t (a INT PRIMARY KEY ENFORCED)", SqlCreateTable.class)
                .primaryKey().orElseThrow().isEnforced()).isTrue();
    }

    @Test
    void withClauseIsOptional() {
        SqlCreateTable table = parse("CREATE TABLE t (a INT)", SqlCreateTable.class);
        assertThat(table.options()).isEmpty();
        assertThat(table.watermark()).isEmpty();
        assertThat(table.primaryKey()).isEmpty();
    }

    @Test
    void identifiersKeepTheirCase() {
        SqlCreateTable table = parse("CREATE TABLE MyTable (`dateTime` TIMESTAMP(3), UserId INT)", SqlCreateTable.class);
        assertThat(table.fullName()).containsExactly("MyTable");
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("dateTime", "UserId");
    }

    @Test
    void keywordsAddedByEddyStayUsableAsColumnNames() {
        SqlCreateTable table = parse("CREATE TABLE t (watermark INT, metadata STRING, virtual BOOLEAN, jobs INT,"
                + " catalogs INT, comment STRING, url STRING, channel STRING, extra STRING, date_time TIMESTAMP(3),"
                + " WATERMARK FOR date_time AS date_time)", SqlCreateTable.class);
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("watermark", "metadata", "virtual",
                "jobs", "catalogs", "comment", "url", "channel", "extra", "date_time");
    }

    @Test
    void createTableAsSelect() {
        SqlCreateTableAs table = parse(
                "CREATE TABLE t WITH ('connector' = 'print') AS SELECT a, COUNT(*) AS c FROM s GROUP BY a",
                SqlCreateTableAs.class);
        assertThat(table.options()).containsEntry("connector", "print");
        assertThat(table.columns()).isEmpty();
        assertThat(EddySqlParser.toSql(table.query())).startsWith("SELECT `a`, COUNT(*) AS `c`");
    }

    @Test
    void createTableLike() {
        SqlCreateTableLike table = parse("CREATE TABLE t (x AS a + 1, WATERMARK FOR ts AS ts)"
                + " WITH ('scan.startup.mode' = 'latest-offset')"
                + " LIKE src (EXCLUDING ALL INCLUDING OPTIONS OVERWRITING WATERMARKS INCLUDING GENERATED"
                + " EXCLUDING CONSTRAINTS INCLUDING METADATA EXCLUDING PARTITIONS)", SqlCreateTableLike.class);
        SqlTableLike like = table.like();
        assertThat(like.sourceName()).containsExactly("src");
        assertThat(like.options()).containsExactly(
                new LikeOption(MergingStrategy.EXCLUDING, Feature.ALL),
                new LikeOption(MergingStrategy.INCLUDING, Feature.OPTIONS),
                new LikeOption(MergingStrategy.OVERWRITING, Feature.WATERMARKS),
                new LikeOption(MergingStrategy.INCLUDING, Feature.GENERATED),
                new LikeOption(MergingStrategy.EXCLUDING, Feature.CONSTRAINTS),
                new LikeOption(MergingStrategy.INCLUDING, Feature.METADATA),
                new LikeOption(MergingStrategy.EXCLUDING, Feature.PARTITIONS));
        assertThat(parse("CREATE TABLE t LIKE db.src", SqlCreateTableLike.class).like().options()).isEmpty();
    }

    @Test
    void createView() {
        SqlCreateView view = parse("CREATE TEMPORARY VIEW IF NOT EXISTS v (a, b) COMMENT 'recent' AS"
                + " SELECT x, y FROM t WHERE x > 1", SqlCreateView.class);
        assertThat(view.fullName()).containsExactly("v");
        assertThat(view.columnNames()).containsExactly("a", "b");
        assertThat(view.comment()).isEqualTo("recent");
        assertThat(view.isTemporary()).isTrue();
        assertThat(view.ifNotExists()).isTrue();
        assertThat(parse("CREATE VIEW db.v AS SELECT 1", SqlCreateView.class).columnNames()).isEmpty();
    }

    @Test
    void dropStatements() {
        SqlDropTable table = parse("DROP TEMPORARY TABLE IF EXISTS c.d.t", SqlDropTable.class);
        assertThat(table.fullName()).containsExactly("c", "d", "t");
        assertThat(table.ifExists()).isTrue();
        assertThat(table.isTemporary()).isTrue();
        assertThat(parse("DROP TABLE t", SqlDropTable.class).ifExists()).isFalse();
        assertThat(parse("DROP VIEW IF EXISTS v", SqlDropView.class).ifExists()).isTrue();
        SqlDropFunction function = parse("DROP TEMPORARY SYSTEM FUNCTION IF EXISTS f", SqlDropFunction.class);
        assertThat(function.isSystem()).isTrue();
        assertThat(parse("DROP CATALOG IF EXISTS c", SqlDropCatalog.class).fullName()).containsExactly("c");
        assertThat(parse("DROP DATABASE IF EXISTS c.d CASCADE", SqlDropDatabase.class).isCascade()).isTrue();
        assertThat(parse("DROP DATABASE d RESTRICT", SqlDropDatabase.class).isCascade()).isFalse();
    }

    @Test
    void alterTable() {
        SqlAlterTableRename rename = parse("ALTER TABLE IF EXISTS a.b RENAME TO c", SqlAlterTableRename.class);
        assertThat(rename.fullName()).containsExactly("a", "b");
        assertThat(rename.newName()).containsExactly("c");
        assertThat(rename.ifExists()).isTrue();
        SqlAlterTableSet set = parse("ALTER TABLE t SET ('k1' = 'v1', 'k2' = 'v2')", SqlAlterTableSet.class);
        assertThat(set.options()).containsExactly(Map.entry("k1", "v1"), Map.entry("k2", "v2"));
        SqlAlterTableReset reset = parse("ALTER TABLE t RESET ('k1', 'k2')", SqlAlterTableReset.class);
        assertThat(reset.keys()).containsExactly("k1", "k2");
    }

    @Test
    void catalogsAndDatabases() {
        SqlCreateCatalog catalog = parse("CREATE CATALOG IF NOT EXISTS c WITH ('type' = 'generic_in_memory')",
                SqlCreateCatalog.class);
        assertThat(catalog.name()).isEqualTo("c");
        assertThat(catalog.options()).containsEntry("type", "generic_in_memory");
        assertThat(catalog.ifNotExists()).isTrue();
        assertThat(parse("USE CATALOG c", SqlUseCatalog.class).catalogName()).isEqualTo("c");

        SqlCreateDatabase db = parse("CREATE DATABASE IF NOT EXISTS c.d COMMENT 'x' WITH ('k' = 'v')",
                SqlCreateDatabase.class);
        assertThat(db.fullName()).containsExactly("c", "d");
        assertThat(db.comment()).isEqualTo("x");
        assertThat(db.options()).containsEntry("k", "v");
        assertThat(parse("CREATE DATABASE d", SqlCreateDatabase.class).options()).isEmpty();
        assertThat(parse("USE c.d", SqlUseDatabase.class).fullName()).containsExactly("c", "d");
        assertThat(parse("USE d", SqlUseDatabase.class).fullName()).containsExactly("d");
    }

    @Test
    void functions() {
        SqlCreateFunction function = parse("CREATE TEMPORARY SYSTEM FUNCTION IF NOT EXISTS f AS 'com.example.F'"
                + " LANGUAGE JAVA", SqlCreateFunction.class);
        assertThat(function.className()).isEqualTo("com.example.F");
        assertThat(function.isTemporary()).isTrue();
        assertThat(function.isSystem()).isTrue();
        assertThat(function.ifNotExists()).isTrue();
        assertThat(function.language()).isEqualTo("JAVA");
        SqlCreateFunction plain = parse("CREATE FUNCTION db.f AS 'F'", SqlCreateFunction.class);
        assertThat(plain.fullName()).containsExactly("db", "f");
        assertThat(plain.language()).isEqualTo("JAVA");
        assertThat(plain.isSystem()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a INT) WITH ('k' = 'v')",
        "CREATE TABLE t (a INT NOT NULL PRIMARY KEY ENFORCED)",
        "CREATE TABLE t (a INT, PRIMARY KEY (a))",
        "CREATE TABLE t (r ROW<a INT> METADATA FROM 'value')",
        "CREATE TABLE t (ts AS CAST(s AS TIMESTAMP(3)), s STRING, WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE)",
        "CREATE TABLE t (a INT) PARTITIONED BY (a)",
        "CREATE TABLE t (a INT) COMMENT 'c' WITH ('k' = 'v') AS SELECT 1",
    })
    void moreCreateTablesRoundTrip(String sql) {
        roundTrip(sql);
    }

    @Test
    void typeOfTimestampColumnsIsKept() {
        SqlCreateTable table = parse("CREATE TABLE t (a TIMESTAMP(3) WITHOUT TIME ZONE, b TIMESTAMP_LTZ(6),"
                + " c TIMESTAMP(9) WITH LOCAL TIME ZONE)", SqlCreateTable.class);
        List<SqlTypeName> names = table.columns().stream()
                .map(c -> ((SqlBasicTypeNameSpec) ((SqlPhysicalColumn) c).type().getTypeNameSpec()))
                .map(spec -> SqlTypeName.get(spec.getTypeName().getSimple()))
                .toList();
        assertThat(names).hasSize(3);
        SqlBasicTypeNameSpec ltz = (SqlBasicTypeNameSpec) ((SqlPhysicalColumn) table.columns().get(1)).type()
                .getTypeNameSpec();
        assertThat(ltz.getPrecision()).isEqualTo(6);
    }
}
