package io.eddy.planner;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.planner.ddl.AlterTableConverter;
import io.eddy.planner.ddl.ConvertedTable;
import io.eddy.planner.ddl.CreateTableConverter;
import io.eddy.planner.ddl.ViewConverter;
import io.eddy.planner.explain.Explainer;
import io.eddy.planner.schema.CatalogManagerLookup;
import io.eddy.planner.schema.ObjectLookup;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.validate.Guard;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.QueryValidator;
import io.eddy.planner.codegen.CodeGenerator;
import io.eddy.planner.physical.JobPlanner;
import io.eddy.planner.physical.PlannedJob;
import io.eddy.planner.physical.TableConnectors;
import io.eddy.runtime.sink.Sink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.eddy.parser.dql.SqlExplainStatement;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlNode;

/**
 * The planner of one session: validates statements against the session's catalogs and turns
 * them into catalog objects or plans. Each statement is planned with the catalogs as they are
 * when the call is made. The facade only delegates; every step lives in its own class. Not
 * thread-safe: one session plans one statement at a time.
 */
public final class Planner {

  private final ObjectLookup objects;
  private final TableOptionsValidator optionsValidator;
  private final Map<String, String> configuration;
  private final EddyTypeFactory typeFactory = new EddyTypeFactory();

  /**
   * Creates the planner of a session.
   *
   * Table options are checked with the connectors and formats registered in
   * META-INF/services.
   *
   * @param catalogManager the session's catalogs
   * @param configuration the session's configuration ({@code SET} keys), read at each call
   */
  public Planner(CatalogManager catalogManager, Map<String, String> configuration) {
    this(new CatalogManagerLookup(requireNonNull(catalogManager, "catalogManager is null")),
        TableOptionsValidator.discover(), configuration);
  }

  /**
   * Creates the planner of a session whose statements may also call temporary system functions.
   *
   * @param catalogManager the session's catalogs
   * @param systemFunctions the temporary system function of a (case-insensitive) name, if any
   * @param configuration the session's configuration ({@code SET} keys), read at each call
   */
  public Planner(CatalogManager catalogManager,
      Function<String, Optional<CatalogFunction>> systemFunctions,
      Map<String, String> configuration) {
    this(new CatalogManagerLookup(requireNonNull(catalogManager, "catalogManager is null"),
        systemFunctions), TableOptionsValidator.discover(), configuration);
  }

  /**
   * Creates a planner over any source of catalog objects.
   *
   * @param objects what the catalogs hold
   * @param optionsValidator checks the WITH options of new and altered tables
   * @param configuration the session's configuration ({@code SET} keys), read at each call
   */
  public Planner(ObjectLookup objects, TableOptionsValidator optionsValidator,
      Map<String, String> configuration) {
    this.objects = requireNonNull(objects, "objects is null");
    this.optionsValidator = requireNonNull(optionsValidator, "optionsValidator is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  /** The session configuration this planner reads. */
  public Map<String, String> configuration() {
    return configuration;
  }

  /**
   * The catalog table of a CREATE TABLE, CREATE TABLE ... LIKE or CREATE TABLE ... AS SELECT
   * (then with the INSERT that fills it).
   */
  public ConvertedTable convertCreateTable(SqlCreateTable create) {
    return Guard.run(() -> new CreateTableConverter(context(), optionsValidator).convert(create));
  }

  /** The catalog view of a CREATE VIEW. */
  public CatalogView convertCreateView(SqlCreateView create) {
    return Guard.run(() -> new ViewConverter(context()).convert(create));
  }

  /**
   * The table after ALTER TABLE RENAME / SET / RESET (for RENAME, the unchanged table), or null
   * when the statement says IF EXISTS and the table does not exist.
   */
  public CatalogTable convertAlterTable(SqlAlterTable alter) {
    return Guard.run(() -> new AlterTableConverter(context(), optionsValidator).convert(alter))
        .orElse(null);
  }

  /** Validates a query or INSERT; the result describes the row it produces. */
  public ValidatedQuery validateQuery(SqlNode statement) {
    return Guard.run(() -> new QueryValidator(context()).validate(statement));
  }

  /**
   * The optimized logical plan of a query or INSERT (or of the statement inside an EXPLAIN).
   */
  public String explain(SqlNode explainedStatement) {
    return Guard.run(() -> new Explainer(context()).explain(explained(explainedStatement)));
  }

  /**
   * A job running a query whose rows go to {@code resultSink}; the query was validated with
   * {@link #validateQuery}.
   */
  public PlannedJob planQuery(SqlNode query, Sink<?> resultSink, String jobName,
      CodeGenerator codeGenerator, TableConnectors connectors) {
    return Guard.run(() -> jobPlanner().planQuery(query, resultSink, jobName, codeGenerator,
        connectors));
  }

  /** One job running every INSERT of {@code inserts} (a statement set). */
  public PlannedJob planInserts(List<SqlNode> inserts, String jobName,
      CodeGenerator codeGenerator, TableConnectors connectors) {
    return Guard.run(() -> jobPlanner().planInserts(inserts, jobName, codeGenerator,
        connectors));
  }

  /**
   * EXPLAIN of a query, an INSERT or a statement set: the logical plan and the streaming
   * physical plan.
   */
  public String explainPhysical(List<SqlNode> statements, TableConnectors connectors) {
    return explainPhysical(statements, connectors, null);
  }

  /**
   * EXPLAIN with the Java source of the plan's generated per-record code (EXPLAIN
   * GENERATED_CODE); {@code codeGenerator} null shows the plans only.
   */
  public String explainPhysical(List<SqlNode> statements, TableConnectors connectors,
      CodeGenerator codeGenerator) {
    return Guard.run(() -> jobPlanner().explain(
        statements.stream().map(Planner::explained).toList(), connectors, codeGenerator));
  }

  private JobPlanner jobPlanner() {
    return new JobPlanner(context(), configuration);
  }

  private static SqlNode explained(SqlNode explainedStatement) {
    SqlNode statement = explainedStatement;
    if (statement instanceof SqlExplainStatement explain) {
      statement = explain.statement();
    } else if (statement instanceof SqlExplain explain) {
      statement = explain.getExplicandum();
    }
    return statement;
  }

  private PlanningContext context() {
    return new PlanningContext(objects, typeFactory, QueryParser.INSTANCE);
  }
}
