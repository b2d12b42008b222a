package io.eddy.planner;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.catalog.types.DataTypes;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.schema.ObjectLookup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** An in-memory set of catalogs for tests: catalog {@code cat}, databases {@code db}, {@code other}. */
public final class TestObjects implements ObjectLookup {

  /** Options validation with the test connectors. */
  public static final TableOptionsValidator OPTIONS = TestConnectors.validator();

  private final Map<ObjectIdentifier, CatalogBaseTable> tables = new LinkedHashMap<>();
  private final Map<String, Set<String>> databases = new LinkedHashMap<>();

  public TestObjects() {
    databases.put("cat", new TreeSet<>(Set.of("db", "other")));
  }

  /**
   * Nexmark's bids with a watermark, a computed and a metadata column, a sink table, a view over
   * bids and a table without time attribute in {@code cat.other}.
   */
  public static TestObjects nexmark() {
    TableSchema bids = TableSchema.builder()
        .column("auction", DataTypes.BIGINT())
        .column("bidder", DataTypes.BIGINT())
        .column("price", DataTypes.BIGINT())
        .column("url", DataTypes.STRING())
        .column("date_time", DataTypes.TIMESTAMP(3))
        .computed("price_cents", DataTypes.BIGINT(), "`price` * 100")
        .metadata("partition", DataTypes.INT(), "partition", true)
        .watermark("date_time", "`date_time` - INTERVAL '4' SECOND")
        .build();
    TableSchema sink = TableSchema.builder()
        .column("auction", DataTypes.BIGINT())
        .column("total", DataTypes.DOUBLE())
        .column("label", DataTypes.STRING())
        .build();
    TableSchema view = TableSchema.builder()
        .column("auction", DataTypes.BIGINT())
        .column("price", DataTypes.BIGINT())
        .build();
    return new TestObjects()
        .with("bids", CatalogTable.of(bids, Map.of("connector", "datagen")))
        .with("sink", CatalogTable.of(sink, Map.of("connector", "blackhole")))
        .with("expensive_bids", new CatalogView(view,
            "SELECT auction, price FROM bids WHERE price > 1000",
            "SELECT `bids`.`auction`, `bids`.`price` FROM `cat`.`db`.`bids` AS `bids`"
                + " WHERE `bids`.`price` > 1000", Optional.empty()))
        .with(new ObjectIdentifier("cat", "other", "people"), CatalogTable.of(
            TableSchema.builder().column("id", DataTypes.BIGINT())
                .column("ts", DataTypes.TIMESTAMP(3)).build(), Map.of("connector", "datagen")));
  }

  /** Adds a table or view in {@code cat.db}. */
  public TestObjects with(String name, CatalogBaseTable table) {
    return with(new ObjectIdentifier("cat", "db", name), table);
  }

  /** Adds a table or view. */
  public TestObjects with(ObjectIdentifier identifier, CatalogBaseTable table) {
    tables.put(identifier, table);
    return this;
  }

  @Override
  public String currentCatalog() {
    return "cat";
  }

  @Override
  public String currentDatabase() {
    return "db";
  }

  @Override
  public Set<String> catalogNames() {
    return databases.keySet();
  }

  @Override
  public Set<String> databaseNames(String catalog) {
    return databases.getOrDefault(catalog, Set.of());
  }

  @Override
  public Set<String> tableNames(String catalog, String database) {
    Set<String> names = new TreeSet<>();
    tables.keySet().stream()
        .filter(id -> id.catalogName().equals(catalog) && id.databaseName().equals(database))
        .forEach(id -> names.add(id.objectName()));
    return names;
  }

  @Override
  public Optional<CatalogBaseTable> table(ObjectIdentifier identifier) {
    return Optional.ofNullable(tables.get(identifier));
  }
}
