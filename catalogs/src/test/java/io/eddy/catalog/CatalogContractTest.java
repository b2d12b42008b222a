package io.eddy.catalog;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static io.eddy.catalog.types.DataTypes.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Catalog} shares; subclasses supply the catalog named "cat". */
public abstract class CatalogContractTest {

  protected Catalog catalog;

  protected abstract Catalog createCatalog();

  @BeforeEach
  void setUp() {
    catalog = createCatalog();
  }

  @AfterEach
  void tearDown() {
    catalog.close();
  }

  public static CatalogTable bids() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("connector", "datagen");
    options.put("rows-per-second", "10");
    options.put("password", "p@ss");
    return new CatalogTable(TableSchema.builder()
        .column("auction", BIGINT())
        .column("url", STRING())
        .column("date_time", TIMESTAMP(3))
        .computed("doubled", BIGINT(), "`auction` * 2")
        .metadata("partition", BIGINT(), "partition", true)
        .metadata("offset", BIGINT(), null, false)
        .watermark("date_time", "`date_time` - INTERVAL '4' SECOND")
        .primaryKey("auction")
        .build(), Optional.of("bids"), List.of("url"), options);
  }

  public static CatalogView view() {
    return new CatalogView(TableSchema.builder().column("auction", BIGINT()).build(),
        "SELECT auction FROM bids", "SELECT `auction` FROM `cat`.`db`.`bids`", Optional.empty());
  }

  private static final ObjectPath BIDS = new ObjectPath("db", "bids");

  @Test
  void startsWithItsDefaultDatabase() {
    assertThat(catalog.listDatabases()).containsExactly("default_database");
    assertThat(catalog.defaultDatabase()).isEqualTo("default_database");
    assertThat(catalog.name()).isEqualTo("cat");
  }

  @Test
  void createsGetsAltersAndDropsDatabases() {
    CatalogDatabase db = new CatalogDatabase(Optional.of("sales"), Map.of("owner", "ann"));
    catalog.createDatabase("db", db, false);
    assertThat(catalog.getDatabase("db")).isEqualTo(db);
    assertThat(catalog.databaseExists("db")).isTrue();
    assertThat(catalog.listDatabases()).containsExactly("db", "default_database");
    assertThatThrownBy(() -> catalog.createDatabase("db", db, false))
        .isInstanceOf(DatabaseAlreadyExistException.class)
        .hasMessage("Database `cat`.`db` already exists");
    catalog.createDatabase("db", CatalogDatabase.empty(), true);
    assertThat(catalog.getDatabase("db")).isEqualTo(db);
    catalog.alterDatabase("db", CatalogDatabase.empty(), false);
    assertThat(catalog.getDatabase("db")).isEqualTo(CatalogDatabase.empty());
    catalog.dropDatabase("db", false, false);
    assertThat(catalog.databaseExists("db")).isFalse();
    assertThatThrownBy(() -> catalog.getDatabase("db"))
        .isInstanceOf(DatabaseNotExistException.class)
        .hasMessage("Database `cat`.`db` does not exist");
    assertThatThrownBy(() -> catalog.dropDatabase("db", false, false))
        .isInstanceOf(DatabaseNotExistException.class);
    catalog.dropDatabase("db", true, false);
    assertThatThrownBy(() -> catalog.alterDatabase("db", db, false))
        .isInstanceOf(DatabaseNotExistException.class);
  }

  @Test
  void dropDatabaseRestrictsUnlessCascade() {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    catalog.createTable(BIDS, bids(), false);
    assertThatThrownBy(() -> catalog.dropDatabase("db", false, false))
        .isInstanceOf(DatabaseNotEmptyException.class)
        .hasMessage("Database `cat`.`db` is not empty: drop its tables, views and functions"
            + " first or use DROP DATABASE ... CASCADE");
    catalog.dropDatabase("db", false, true);
    assertThat(catalog.databaseExists("db")).isFalse();
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    assertThat(catalog.listTables("db")).isEmpty();
  }

  @Test
  void tablesRoundTripExactly() {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    catalog.createTable(BIDS, bids(), false);
    assertThat(catalog.getTable(BIDS)).isEqualTo(bids());
    assertThat(((CatalogTable) catalog.getTable(BIDS)).options().keySet())
        .containsExactly("connector", "rows-per-second", "password");
    catalog.createTable(new ObjectPath("db", "v"), view(), false);
    assertThat(catalog.getTable(new ObjectPath("db", "v"))).isEqualTo(view());
    assertThat(catalog.listTables("db")).containsExactly("bids", "v");
    assertThat(catalog.listViews("db")).containsExactly("v");
  }

  @Test
  void tableErrorsNameTheFullPath() {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    assertThatThrownBy(() -> catalog.getTable(BIDS))
        .isInstanceOf(TableNotExistException.class)
        .hasMessage("Table or view `cat`.`db`.`bids` does not exist");
    assertThatThrownBy(() -> catalog.createTable(new ObjectPath("nodb", "t"), bids(), false))
        .isInstanceOf(DatabaseNotExistException.class)
        .hasMessage("Database `cat`.`nodb` does not exist");
    assertThatThrownBy(() -> catalog.listTables("nodb"))
        .isInstanceOf(DatabaseNotExistException.class);
    catalog.createTable(BIDS, bids(), false);
    assertThatThrownBy(() -> catalog.createTable(BIDS, view(), false))
        .isInstanceOf(TableAlreadyExistException.class)
        .hasMessage("Table `cat`.`db`.`bids` already exists");
    catalog.createTable(BIDS, view(), true);
    assertThat(catalog.getTable(BIDS)).isEqualTo(bids());
    assertThatThrownBy(() -> catalog.dropTable(new ObjectPath("db", "x"), false))
        .isInstanceOf(TableNotExistException.class)
        .hasMessage("Table or view `cat`.`db`.`x` does not exist");
    catalog.dropTable(new ObjectPath("db", "x"), true);
  }

  @Test
  void altersRenamesAndDropsTables() {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    catalog.createTable(BIDS, bids(), false);
    CatalogTable altered = bids().withOptions(Map.of("connector", "print"));
    catalog.alterTable(BIDS, altered, false);
    assertThat(catalog.getTable(BIDS)).isEqualTo(altered);
    assertThatThrownBy(() -> catalog.alterTable(BIDS, view(), false))
        .isInstanceOf(CatalogException.class)
        .hasMessage("Table `cat`.`db`.`bids` is a table, not a view");
    assertThatThrownBy(() -> catalog.alterTable(new ObjectPath("db", "x"), altered, false))
        .isInstanceOf(TableNotExistException.class)
        .hasMessage("Table `cat`.`db`.`x` does not exist");
    catalog.alterTable(new ObjectPath("db", "x"), altered, true);

    catalog.createTable(new ObjectPath("db", "v"), view(), false);
    assertThatThrownBy(() -> catalog.renameTable(BIDS, "v", false))
        .isInstanceOf(TableAlreadyExistException.class)
        .hasMessage("View `cat`.`db`.`v` already exists");
    catalog.renameTable(BIDS, "bids2", false);
    assertThat(catalog.tableExists(BIDS)).isFalse();
    assertThat(catalog.getTable(new ObjectPath("db", "bids2"))).isEqualTo(altered);
    assertThatThrownBy(() -> catalog.renameTable(BIDS, "x", false))
        .isInstanceOf(TableNotExistException.class);
    catalog.renameTable(BIDS, "x", true);
    catalog.dropTable(new ObjectPath("db", "bids2"), false);
    assertThat(catalog.listTables("db")).containsExactly("v");
  }

  @Test
  void functionsAreCaseInsensitive() {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    CatalogFunction function = new CatalogFunction("com.acme.Upper", FunctionLanguage.JAVA, false);
    catalog.createFunction(new ObjectPath("db", "MyUpper"), function, false);
    assertThat(catalog.listFunctions("db")).containsExactly("myupper");
    assertThat(catalog.getFunction(new ObjectPath("db", "MYUPPER"))).isEqualTo(function);
    assertThat(catalog.functionExists(new ObjectPath("db", "myUpper"))).isTrue();
    assertThatThrownBy(() -> catalog.createFunction(new ObjectPath("db", "myupper"), function,
        false))
        .isInstanceOf(FunctionAlreadyExistException.class)
        .hasMessage("Function `cat`.`db`.`myupper` already exists");
    catalog.createFunction(new ObjectPath("db", "myupper"), function, true);
    catalog.dropFunction(new ObjectPath("db", "MyUpper"), false);
    assertThatThrownBy(() -> catalog.getFunction(new ObjectPath("db", "myupper")))
        .isInstanceOf(FunctionNotExistException.class)
        .hasMessage("Function `cat`.`db`.`myupper` does not exist");
    assertThatThrownBy(() -> catalog.dropFunction(new ObjectPath("db", "myupper"), false))
        .isInstanceOf(FunctionNotExistException.class);
    catalog.dropFunction(new ObjectPath("db", "myupper"), true);
  }

  @Test
  void oddNamesAreKeptApart() {
    catalog.createDatabase("d.b", CatalogDatabase.empty(), false);
    catalog.createDatabase("d/b", CatalogDatabase.empty(), false);
    ObjectPath odd = new ObjectPath("d.b", "../t `x` é");
    catalog.createTable(odd, bids(), false);
    assertThat(catalog.listTables("d.b")).containsExactly("../t `x` é");
    assertThat(catalog.listTables("d/b")).isEmpty();
    assertThat(catalog.getTable(odd)).isEqualTo(bids());
  }
}
