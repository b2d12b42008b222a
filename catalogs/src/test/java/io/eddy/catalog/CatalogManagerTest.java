package io.eddy.catalog;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.file.FileCatalog;
import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.OptionValidationException;
import io.eddy.catalog.options.TableOptionsValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogManagerTest {

  /** A connector with one optional option, enough to exercise validation on CREATE TABLE. */
  static final class TestConnector implements ConnectorDescriptor {
    static final ConfigOption<Long> ROWS = ConfigOptions.key("rows").longType().defaultValue(1L);

    @Override
    public String identifier() {
      return "test";
    }

    @Override
    public List<ConfigOption<?>> requiredOptions() {
      return List.of();
    }

    @Override
    public List<ConfigOption<?>> optionalOptions() {
      return List.of(ROWS);
    }

    @Override
    public boolean supportsSource() {
      return true;
    }

    @Override
    public boolean supportsSink() {
      return true;
    }
  }

  @TempDir
  Path directory;

  private CatalogManager manager;

  @BeforeEach
  void setUp() {
    manager = new CatalogManager(CatalogFactories.discover(),
        new TableOptionsValidator(List.of(new TestConnector()), List.of()));
  }

  private static CatalogTable table(String rows) {
    return CatalogTable.of(TableSchema.builder().column("a", INT()).build(),
        Map.of("connector", "test", "rows", rows));
  }

  @Test
  void startsInDefaultCatalogAndDatabase() {
    assertThat(manager.currentCatalog()).isEqualTo("default_catalog");
    assertThat(manager.currentDatabase()).isEqualTo("default_database");
    assertThat(manager.listCatalogs()).containsExactly("default_catalog");
  }

  @Test
  void qualifiesPartialNames() {
    assertThat(manager.qualify("t"))
        .isEqualTo(new ObjectIdentifier("default_catalog", "default_database", "t"));
    assertThat(manager.qualify("db", "t"))
        .isEqualTo(new ObjectIdentifier("default_catalog", "db", "t"));
    assertThat(manager.qualify("c", "db", "t")).isEqualTo(new ObjectIdentifier("c", "db", "t"));
    assertThatThrownBy(() -> manager.qualify("a", "b", "c", "d"))
        .hasMessage("Name `a`.`b`.`c`.`d` has 4 parts, but a table name is"
            + " [[catalog.]database.]table");
    manager.catalog("default_catalog").createDatabase("db", CatalogDatabase.empty(), false);
    manager.useDatabase("db");
    assertThat(manager.qualify("t")).isEqualTo(new ObjectIdentifier("default_catalog", "db", "t"));
    assertThatThrownBy(() -> manager.useDatabase("nope"))
        .isInstanceOf(DatabaseNotExistException.class)
        .hasMessage("Database `default_catalog`.`nope` does not exist");
  }

  @Test
  void createsUsesAndDropsCatalogsFromOptions() {
    manager.createCatalog("files", Map.of("type", "file", "path", directory.toString()), false);
    assertThat(manager.catalog("files")).isInstanceOf(FileCatalog.class);
    assertThatThrownBy(() -> manager.createCatalog("files", Map.of("type", "generic_in_memory"),
        false))
        .isInstanceOf(CatalogAlreadyExistException.class)
        .hasMessage("Catalog `files` already exists");
    manager.createCatalog("files", Map.of("type", "generic_in_memory"), true);
    manager.useCatalog("files");
    assertThat(manager.qualify("t")).isEqualTo(new ObjectIdentifier("files", "default_database",
        "t"));
    assertThatThrownBy(() -> manager.dropCatalog("files", false))
        .hasMessage("Cannot drop catalog `files` because it is the current catalog;"
            + " USE CATALOG another one first");
    manager.useCatalog("default_catalog");
    manager.dropCatalog("files", false);
    assertThatThrownBy(() -> manager.useCatalog("files"))
        .isInstanceOf(CatalogNotExistException.class)
        .hasMessage("Catalog `files` does not exist");
    manager.dropCatalog("files", true);
    manager.createCatalog("mem", Map.of("type", "generic_in_memory", "default-database", "d"),
        false);
    manager.useCatalog("mem");
    assertThat(manager.currentDatabase()).isEqualTo("d");
  }

  @Test
  void catalogOptionsAreValidated() {
    assertThatThrownBy(() -> manager.createCatalog("c", Map.of(), false))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage("Missing required option 'type'. Available catalog types: file,"
            + " generic_in_memory");
    assertThatThrownBy(() -> manager.createCatalog("c", Map.of("type", "fiel"), false))
        .hasMessage("Unknown catalog type 'fiel'. Did you mean 'file'? Available catalog types:"
            + " file, generic_in_memory");
    assertThatThrownBy(() -> manager.createCatalog("c", Map.of("type", "file"), false))
        .hasMessage("Missing required option 'path' for catalog type 'file'");
    assertThatThrownBy(() -> manager.createCatalog("c",
        Map.of("type", "file", "pth", "/tmp/x"), false))
        .hasMessage("Unsupported option 'pth' for catalog type 'file'. Did you mean 'path'?"
            + " Supported options: default-database, path, type");
  }

  @Test
  void temporaryTablesShadowPermanentOnes() {
    ObjectIdentifier id = manager.qualify("t");
    manager.createTable(id, table("1"), false);
    manager.createTemporaryTable(id, table("2"), false);
    assertThat(manager.getTable(id).temporary()).isTrue();
    assertThat(((CatalogTable) manager.getTable(id).table()).options().get("rows"))
        .isEqualTo("2");
    assertThat(manager.listTables()).containsExactly("t");
    assertThat(manager.listTemporaryTables()).containsExactly("t");
    assertThatThrownBy(() -> manager.dropTable(id, false, false))
        .hasMessage("Temporary table `default_catalog`.`default_database`.`t` shadows the"
            + " permanent table; drop it first with DROP TEMPORARY TABLE");
    assertThatThrownBy(() -> manager.createTemporaryTable(id, table("3"), false))
        .isInstanceOf(TableAlreadyExistException.class)
        .hasMessage("Temporary table `default_catalog`.`default_database`.`t` already exists");
    assertThat(manager.showCreate(id)).startsWith("CREATE TEMPORARY TABLE");
    manager.dropTemporaryTable(id, false, false);
    assertThat(manager.getTable(id).temporary()).isFalse();
    assertThat(manager.showCreate(id)).startsWith("CREATE TABLE");
    manager.dropTable(id, false, false);
    assertThat(manager.lookupTable(id)).isEmpty();
    assertThatThrownBy(() -> manager.getTable(id))
        .isInstanceOf(TableNotExistException.class)
        .hasMessage("Table or view `default_catalog`.`default_database`.`t` does not exist");
    assertThatThrownBy(() -> manager.dropTemporaryTable(id, false, false))
        .hasMessage("Temporary table `default_catalog`.`default_database`.`t` does not exist");
  }

  @Test
  void dropChecksTheKind() {
    ObjectIdentifier id = manager.qualify("v");
    manager.createTable(id, CatalogContractTest.view(), false);
    assertThatThrownBy(() -> manager.dropTable(id, false, false))
        .hasMessage("`default_catalog`.`default_database`.`v` is a view, not a table;"
            + " use DROP VIEW");
    assertThatThrownBy(() -> manager.dropTable(manager.qualify("x"), true, false))
        .isInstanceOf(TableNotExistException.class)
        .hasMessage("View `default_catalog`.`default_database`.`x` does not exist");
    manager.dropTable(id, true, false);
  }

  @Test
  void createTableValidatesOptions() {
    ObjectIdentifier id = manager.qualify("t");
    assertThatThrownBy(() -> manager.createTable(id, table("many"), false))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage("Invalid value 'many' for option 'rows': expected a long integer such as"
            + " '1000'");
    assertThatThrownBy(() -> manager.createTemporaryTable(id, CatalogTable.of(
        TableSchema.builder().column("a", BIGINT()).build(), Map.of()), false))
        .hasMessage("Missing required option 'connector'. Available connectors: test");
    assertThat(manager.lookupTable(id)).isEmpty();
  }

  @Test
  void databasesAndRenames() {
    manager.createDatabase("default_catalog", "db", CatalogDatabase.empty(), false);
    assertThat(manager.listDatabases()).containsExactly("db", "default_database");
    assertThatThrownBy(() -> manager.dropDatabase("default_catalog", "default_database", false,
        true))
        .hasMessage("Cannot drop database `default_catalog`.`default_database` because it is"
            + " the current database; USE another one first");
    ObjectIdentifier temporary = manager.qualify("db", "tmp");
    manager.createTemporaryTable(temporary, table("1"), false);
    assertThatThrownBy(() -> manager.renameTable(temporary, "x", false))
        .hasMessage("Temporary table `default_catalog`.`db`.`tmp` cannot be renamed; drop and"
            + " create it instead");
    ObjectIdentifier permanent = manager.qualify("db", "t");
    manager.createTable(permanent, table("1"), false);
    manager.renameTable(permanent, "u", false);
    assertThat(manager.lookupTable(manager.qualify("db", "u"))).isPresent();
    assertThatThrownBy(() -> manager.dropDatabase("default_catalog", "db", false, false))
        .isInstanceOf(DatabaseNotEmptyException.class);
    manager.dropDatabase("default_catalog", "db", false, true);
    assertThat(manager.lookupTable(temporary)).isEmpty();
    assertThat(manager.listDatabases()).containsExactly("default_database");
  }

  @Test
  void temporaryFunctionsShadowCatalogFunctions() {
    ObjectIdentifier id = manager.qualify("MyUpper");
    manager.catalog("default_catalog").createFunction(id.toObjectPath(),
        new CatalogFunction("com.acme.Upper", FunctionLanguage.JAVA, false), false);
    assertThat(manager.lookupFunction(manager.qualify("myupper")).orElseThrow().temporary())
        .isFalse();
    manager.createTemporaryFunction(id, "com.acme.Upper2", FunctionLanguage.JAVA, false);
    assertThat(manager.lookupFunction(id).orElseThrow().className()).isEqualTo("com.acme.Upper2");
    assertThatThrownBy(() -> manager.createTemporaryFunction(id, "x", FunctionLanguage.JAVA,
        false))
        .isInstanceOf(FunctionAlreadyExistException.class)
        .hasMessage("Function `default_catalog`.`default_database`.`myupper` already exists");
    manager.dropTemporaryFunction(id, false);
    assertThat(manager.lookupFunction(id).orElseThrow().className()).isEqualTo("com.acme.Upper");
    assertThatThrownBy(() -> manager.dropTemporaryFunction(id, false))
        .isInstanceOf(FunctionNotExistException.class);
    assertThat(manager.lookupFunction(manager.qualify("nope"))).isEmpty();
    assertThatThrownBy(() -> manager.catalog("default_catalog").createFunction(
        new ObjectPath("default_database", "t"),
        new CatalogFunction("x", FunctionLanguage.JAVA, true), false))
        .hasMessage("temporary functions belong to the CatalogManager, not to a catalog");
  }
}
