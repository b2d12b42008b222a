package io.eddy.planner.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.DataTypes;
import io.eddy.planner.PlannerException;
import io.eddy.planner.TestObjects;
import io.eddy.planner.types.EddyTypeFactory;
import java.util.Map;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

class PlanningContextTest {

  private final TestObjects objects = new TestObjects()
      .with("bids", CatalogTable.of(TableSchema.builder()
          .column("auction", DataTypes.BIGINT())
          .column("price", DataTypes.BIGINT())
          .column("url", DataTypes.STRING())
          .column("date_time", DataTypes.TIMESTAMP(3))
          .computed("price2", DataTypes.BIGINT(), "`price` * 2")
          .watermark("date_time", "`date_time` - INTERVAL '4' SECOND")
          .build(), Map.of("connector", "datagen")))
      .with(new ObjectIdentifier("cat", "other", "people"), CatalogTable.of(TableSchema.builder()
          .column("id", DataTypes.BIGINT())
          .column("ts", DataTypes.TIMESTAMP(3))
          .build(), Map.of("connector", "datagen")));

  private PlanningContext context() {
    return new PlanningContext(objects, new EddyTypeFactory(), new SqlReader() {
      @Override
      public SqlNode query(String sql) {
        return parse(sql);
      }

      @Override
      public SqlNode expression(String sql) {
        return new io.eddy.parser.EddySqlParser().parseExpression(sql);
      }
    });
  }

  static SqlNode parse(String sql) {
    try {
      return SqlParser.create(sql, SqlParser.config().withQuoting(Quoting.BACK_TICK)
          .withUnquotedCasing(Casing.UNCHANGED).withQuotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(true)).parseQuery();
    } catch (SqlParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private String validatedType(String sql) {
    PlanningContext context = context();
    return context.validatedType(context.validate(parse(sql))).getFullTypeString();
  }

  @Test
  void resolvesNamesFromTheCurrentDatabaseCatalogAndRoot() {
    assertThat(validatedType("SELECT auction FROM bids")).contains("BIGINT auction");
    assertThat(validatedType("SELECT auction FROM db.bids")).contains("BIGINT auction");
    assertThat(validatedType("SELECT auction FROM cat.db.bids")).contains("BIGINT auction");
    assertThat(validatedType("SELECT id FROM other.people")).contains("BIGINT id");
  }

  @Test
  void tableRowHasEveryColumnWithTheRowtimeAttribute() {
    assertThat(validatedType("SELECT * FROM bids")).isEqualTo("RecordType(BIGINT auction, "
        + "BIGINT price, VARCHAR(2147483647) url, TIMESTAMP(3) *ROWTIME* date_time, BIGINT price2)"
        + " NOT NULL");
  }

  @Test
  void unknownTableSuggestsTheClosestName() {
    assertThatThrownBy(() -> validatedType("SELECT * FROM bidz"))
        .isInstanceOf(PlannerException.class)
        .hasMessage("line 1, column 15: Object 'bidz' not found. Did you mean 'bids'?");
  }

  @Test
  void namesAreCaseSensitive() {
    assertThatThrownBy(() -> validatedType("SELECT * FROM BIDS"))
        .hasMessage("line 1, column 15: Object 'BIDS' not found in 'cat.db'. Did you mean 'bids'?");
  }

  @Test
  void unknownColumnSuggestsTheClosestColumn() {
    assertThatThrownBy(() -> validatedType("SELECT pricee FROM bids"))
        .hasMessage("line 1, column 8: Column 'pricee' not found in any table."
            + " Did you mean 'price'?");
  }

  @Test
  void typeErrorIsOneLine() {
    assertThatThrownBy(() -> validatedType("SELECT price + url FROM bids"))
        .hasMessage("line 1, column 8: Cannot apply '+' to arguments of type 'BIGINT + STRING'");
  }

  @Test
  void tumbleAddsWindowColumns() {
    assertThat(validatedType("SELECT window_start, window_end, window_time FROM TABLE("
        + "TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))"))
        .isEqualTo("RecordType(TIMESTAMP(3) NOT NULL window_start, TIMESTAMP(3) NOT NULL "
            + "window_end, TIMESTAMP(3) *ROWTIME* NOT NULL window_time) NOT NULL");
  }

  @Test
  void countStar() {
    assertThat(validatedType("SELECT COUNT(*) AS c, upper(url) AS u FROM bids GROUP BY url"))
        .contains("BIGINT NOT NULL c");
  }

  @Test
  void windowNeedsATimeAttribute() {
    assertThatThrownBy(() -> validatedType("SELECT * FROM TABLE("
        + "TUMBLE(TABLE other.people, DESCRIPTOR(ts), INTERVAL '10' SECOND))"))
        .hasMessage("line 1, column 59: The window function TUMBLE requires its time column"
            + " 'ts' to be a time attribute, but it is a plain TIMESTAMP(3)."
            + " Declare a WATERMARK for the column, or use a PROCTIME() column.");
  }

  @Test
  void hopCumulateAndSessionValidate() {
    assertThat(validatedType("SELECT auction, window_start FROM TABLE(HOP(TABLE bids,"
        + " DESCRIPTOR(date_time), INTERVAL '2' SECOND, INTERVAL '10' SECOND))"))
        .contains("window_start");
    assertThat(validatedType("SELECT auction, window_end FROM TABLE(CUMULATE(TABLE bids,"
        + " DESCRIPTOR(date_time), INTERVAL '2' SECOND, INTERVAL '10' SECOND))"))
        .contains("window_end");
    assertThat(validatedType("SELECT auction, window_end FROM TABLE(SESSION(TABLE bids"
        + " PARTITION BY auction, DESCRIPTOR(date_time), INTERVAL '2' SECOND))"))
        .contains("window_end");
  }

  @Test
  void convertsWindowAggregationToRelationalAlgebra() {
    PlanningContext context = context();
    SqlNode validated = context.validate(parse("SELECT window_start, auction, COUNT(*) AS c"
        + " FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))"
        + " GROUP BY window_start, window_end, auction"));

    String plan = RelOptUtil.toString(context.toRel(validated).rel);

    assertThat(plan).contains("LogicalTableFunctionScan(invocation=[TUMBLE(");
  }
}
