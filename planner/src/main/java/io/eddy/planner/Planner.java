package io.eddy.planner;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogManager;
import io.eddy.planner.explain.Explainer;
import io.eddy.planner.schema.CatalogManagerLookup;
import io.eddy.planner.schema.ObjectLookup;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.QueryValidator;
import java.util.Map;
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
  private final Map<String, String> configuration;
  private final EddyTypeFactory typeFactory = new EddyTypeFactory();

  /**
   * Creates the planner of a session.
   *
   * @param catalogManager the session's catalogs
   * @param configuration the session's configuration ({@code SET} keys), read at each call
   */
  public Planner(CatalogManager catalogManager, Map<String, String> configuration) {
    this(new CatalogManagerLookup(requireNonNull(catalogManager, "catalogManager is null")),
        configuration);
  }

  /** Creates a planner over any source of catalog objects. */
  public Planner(ObjectLookup objects, Map<String, String> configuration) {
    this.objects = requireNonNull(objects, "objects is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  /** The session configuration this planner reads. */
  public Map<String, String> configuration() {
    return configuration;
  }

  /** Validates a query or INSERT; the result describes the row it produces. */
  public ValidatedQuery validateQuery(SqlNode statement) {
    return new QueryValidator(context()).validate(statement);
  }

  /**
   * The optimized logical plan of a query or INSERT (or of the statement inside an EXPLAIN).
   */
  public String explain(SqlNode explainedStatement) {
    SqlNode statement = explainedStatement;
    if (statement instanceof SqlExplainStatement explain) {
      statement = explain.statement();
    } else if (statement instanceof SqlExplain explain) {
      statement = explain.getExplicandum();
    }
    return new Explainer(context()).explain(statement);
  }

  private PlanningContext context() {
    return new PlanningContext(objects, typeFactory, QueryParser::parse);
  }
}
