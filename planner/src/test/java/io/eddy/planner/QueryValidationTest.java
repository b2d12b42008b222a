package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.DataTypes;
import io.eddy.planner.PlannerException.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryValidationTest {

  private final Planner planner = new Planner(TestObjects.nexmark(), TestObjects.OPTIONS, Map.of());

  private ValidatedQuery validate(String sql) {
    return planner.validateQuery(QueryParser.parse(sql));
  }

  @Test
  void reportsTheRowAsCatalogTypes() {
    ValidatedQuery query = validate("SELECT auction, url, date_time FROM bids");

    assertThat(query.columnNames()).containsExactly("auction", "url", "date_time");
    assertThat(query.rowType().asSummaryString()).isEqualTo(
        "ROW<`auction` BIGINT, `url` STRING, `date_time` TIMESTAMP(3)> NOT NULL");
    assertThat(query.rowType().fields().get(2).type().asSummaryString())
        .isEqualTo("TIMESTAMP(3) *ROWTIME*");
    assertThat(query.insertTarget()).isEmpty();
  }

  @Test
  void viewsAreUsableInQueries() {
    ValidatedQuery query = validate("SELECT v.price FROM expensive_bids AS v");

    assertThat(query.columnNames()).containsExactly("price");
  }

  @Test
  void unknownTableSuggestsAName() {
    assertThatThrownBy(() -> validate("SELECT * FROM bidz"))
        .isInstanceOfSatisfying(PlannerException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(15);
          assertThat(e.hint()).isEqualTo("Did you mean 'bids'?");
          assertThat(e.category()).isEqualTo(Category.VALIDATION);
        })
        .hasMessage("line 1, column 15: Object 'bidz' not found. Did you mean 'bids'?");
  }

  @Test
  void unknownColumnOnALaterLine() {
    assertThatThrownBy(() -> validate("SELECT auction,\n  bidr\nFROM bids"))
        .hasMessage("line 2, column 3: Column 'bidr' not found in any table."
            + " Did you mean 'bidder'?");
  }

  @Test
  void insertReportsItsTarget() {
    ValidatedQuery query = validate("INSERT INTO sink SELECT auction, price, url FROM bids");

    assertThat(query.insertTarget()).contains(new ObjectIdentifier("cat", "db", "sink"));
  }

  @Test
  void insertTypeMismatchNamesTheColumn() {
    assertThatThrownBy(() -> validate("INSERT INTO sink SELECT auction, url, url FROM bids"))
        .hasMessage("line 1, column 34: Incompatible types for sink column 'total' at position 2"
            + " of `cat`.`db`.`sink`: cannot write STRING into DOUBLE");
  }

  @Test
  void insertColumnCountMismatch() {
    assertThatThrownBy(() -> validate("INSERT INTO sink SELECT auction FROM bids"))
        .hasMessage("line 1, column 18: Column count mismatch: the query produces 1 column,"
            + " but `cat`.`db`.`sink` takes 3 columns");
  }

  @Test
  void insertIntoUnknownTable() {
    assertThatThrownBy(() -> validate("INSERT INTO sinks SELECT auction FROM bids"))
        .hasMessage("line 1, column 13: Table `cat`.`db`.`sinks` does not exist."
            + " Did you mean 'sink'?");
  }

  @Test
  void insertIntoUnknownOrComputedColumn() {
    assertThatThrownBy(() -> validate("INSERT INTO sink (auction, labl) SELECT auction, url"
        + " FROM bids"))
        .hasMessage("line 1, column 28: Unknown target column 'labl' in `cat`.`db`.`sink`."
            + " Did you mean 'label'?");
    assertThatThrownBy(() -> validate("INSERT INTO bids (auction, price_cents) SELECT 1, 2"))
        .hasMessage("line 1, column 28: Column 'price_cents' is a computed column that"
            + " cannot be written");
  }

  @Test
  void omittedColumnsMustAdmitNull() {
    Planner strict = new Planner(TestObjects.nexmark().with("keyed", CatalogTable.of(
        TableSchema.builder().column("id", DataTypes.BIGINT().notNull())
            .column("name", DataTypes.STRING()).build(), Map.of("connector", "blackhole"))),
        TestObjects.OPTIONS, Map.of());

    assertThatThrownBy(() -> strict.validateQuery(QueryParser.parse(
        "INSERT INTO keyed (name) SELECT url FROM bids")))
        .hasMessage("line 1, column 19: Column 'id' has no default value and does not allow"
            + " NULLs; list it in the INSERT");
  }

  @Test
  void insertIntoView() {
    assertThatThrownBy(() -> validate("INSERT INTO expensive_bids SELECT auction, price"
        + " FROM bids"))
        .hasMessage("line 1, column 13: `cat`.`db`.`expensive_bids` is a view;"
            + " INSERT needs a table");
  }

  @Test
  void insertWidensNumbers() {
    assertThat(validate("INSERT INTO sink SELECT CAST(1 AS TINYINT), 2, 'x'").insertTarget())
        .isPresent();
  }

  @Test
  void unknownFunctionsAndWrongArguments() {
    assertThatThrownBy(() -> validate("SELECT nosuchfn(price) FROM bids"))
        .hasMessage("line 1, column 8: No function named 'nosuchfn'");
    assertThatThrownBy(() -> validate("SELECT UPPER(url, url) FROM bids"))
        .hasMessage("line 1, column 8: Invalid number of arguments to function 'UPPER'."
            + " Was expecting 1 arguments");
  }

  @Test
  void insertOverwriteIsNotSupported() {
    assertThatThrownBy(() -> validate("INSERT OVERWRITE sink SELECT auction, price, url"
        + " FROM bids"))
        .isInstanceOfSatisfying(PlannerException.class,
            e -> assertThat(e.category()).isEqualTo(Category.UNSUPPORTED))
        .hasMessage("line 1, column 1: INSERT OVERWRITE (a batch-mode statement) is not"
            + " supported");
  }

  @Test
  void aggregateOfTheWrongType() {
    assertThatThrownBy(() -> validate("SELECT SUM(url) FROM bids"))
        .hasMessage("line 1, column 8: Cannot apply 'SUM' to arguments of type 'SUM(STRING)'");
  }
}
