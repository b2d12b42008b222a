package io.eddy.planner.validate;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.PlannerException;
import io.eddy.planner.function.UserFunctionTable;
import io.eddy.planner.schema.EddyCatalogReader;
import io.eddy.planner.schema.ObjectLookup;
import io.eddy.planner.types.EddyTypeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * Everything one statement is validated and converted with: a catalog reader over the catalogs
 * as they are now, a validator (Flink's settings: identifier expansion, NULLs sort low, no
 * Calcite type coercion) and a converter to relational algebra that expands views. Calcite's
 * validation errors leave it as one-line {@link PlannerException}s with "did you mean" hints.
 */
public final class PlanningContext implements RelOptTable.ViewExpander {

  private final ObjectLookup objects;
  private final EddyTypeFactory typeFactory;
  private final SqlReader reader;
  private final EddyCatalogReader catalogReader;
  private final SqlValidator validator;
  private final RelOptCluster cluster;

  /**
   * Creates the context of one statement.
   *
   * @param objects what the catalogs hold
   * @param typeFactory the planner's type factory
   * @param reader parses stored view queries and computed column expressions
   */
  public PlanningContext(ObjectLookup objects, EddyTypeFactory typeFactory,
      SqlReader reader) {
    this(objects, typeFactory, reader, null);
  }

  private PlanningContext(ObjectLookup objects, EddyTypeFactory typeFactory,
      SqlReader reader, RelOptCluster cluster) {
    this.objects = requireNonNull(objects, "objects is null");
    this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
    this.reader = requireNonNull(reader, "reader is null");
    this.catalogReader = new EddyCatalogReader(objects, typeFactory, this::expandComputedColumn);
    this.validator = SqlValidatorUtil.newValidator(new UserFunctionTable(objects), catalogReader,
        typeFactory, SqlValidator.Config.DEFAULT
            .withIdentifierExpansion(true)
            .withDefaultNullCollation(NullCollation.LOW)
            .withTypeCoercionEnabled(false)
            .withConformance(SqlConformanceEnum.DEFAULT));
    this.cluster = cluster != null ? cluster : RelOptCluster.create(
        new HepPlanner(HepProgram.builder().build()), new RexBuilder(typeFactory));
  }

  /** The planner's type factory. */
  public EddyTypeFactory typeFactory() {
    return typeFactory;
  }

  /** The catalog reader of this statement. */
  public EddyCatalogReader catalogReader() {
    return catalogReader;
  }

  /** What the catalogs hold. */
  public ObjectLookup objects() {
    return objects;
  }

  /** Parses query text (a stored view query, or a copy of a query kept for later). */
  public SqlNode parseQuery(String sql) {
    return reader.query(sql);
  }

  /** The validator of this statement. */
  public SqlValidator validator() {
    return validator;
  }

  /** Validates a query or DML statement; returns the rewritten tree. */
  public SqlNode validate(SqlNode node) {
    try {
      return validator.validate(SessionEnds.rewrite(node));
    } catch (CalciteContextException error) {
      throw translate(error);
    }
  }

  /** The row type of a validated query. */
  public RelDataType validatedType(SqlNode validated) {
    return validator.getValidatedNodeType(validated);
  }

  /**
   * Validates a scalar expression over named columns (a computed column or a watermark
   * strategy) and returns its type.
   */
  public RelDataType validateExpression(SqlNode expression, Map<String, RelDataType> columns) {
    try {
      SqlNode validated = validator.validateParameterizedExpression(expression, columns);
      return validator.getValidatedNodeType(validated);
    } catch (CalciteContextException error) {
      throw ValidationErrors.translate(error,
          columnHint(error, columns.keySet()));
    }
  }

  /** The relational plan of a validated query. */
  public RelRoot toRel(SqlNode validated) {
    return converter().convertQuery(validated, false, true);
  }

  private SqlToRelConverter converter() {
    return new SqlToRelConverter(this, validator, catalogReader, cluster,
        EddyConvertletTable.INSTANCE, SqlToRelConverter.config()
            .withTrimUnusedFields(false)
            .withExpand(false)
            .withInSubQueryThreshold(Integer.MAX_VALUE));
  }

  @Override
  public RelRoot expandView(RelDataType rowType, String queryString, List<String> schemaPath,
      List<String> viewPath) {
    PlanningContext view = new PlanningContext(objects, typeFactory, reader, cluster);
    SqlNode query = reader.query(queryString);
    return view.toRel(view.validate(query));
  }

  private RexNode expandComputedColumn(String expression, RelNode input) {
    PlanningContext scope = new PlanningContext(objects, typeFactory, reader, cluster);
    SqlNode node = reader.expression(expression);
    Map<String, RelDataType> types = new LinkedHashMap<>();
    Map<String, RexNode> fields = new LinkedHashMap<>();
    RexBuilder rexBuilder = cluster.getRexBuilder();
    for (RelDataTypeField field : input.getRowType().getFieldList()) {
      types.put(field.getName(), field.getType());
      fields.put(field.getName(), rexBuilder.makeInputRef(input, field.getIndex()));
    }
    scope.validateExpression(node, types);
    return scope.converter().convertExpression(node, fields);
  }

  private PlannerException translate(CalciteContextException error) {
    String missingTable = ValidationErrors.missingTableName(error);
    if (missingTable != null) {
      Set<String> candidates = new TreeSet<>(
          objects.tableNames(objects.currentCatalog(), objects.currentDatabase()));
      candidates.addAll(objects.databaseNames(objects.currentCatalog()));
      candidates.addAll(objects.catalogNames());
      return ValidationErrors.translate(error, Suggestions.didYouMean(missingTable, candidates));
    }
    return ValidationErrors.translate(error,
        columnHint(error, catalogReader.resolvedColumnNames()));
  }

  private static String columnHint(CalciteContextException error,
      java.util.Collection<String> columns) {
    String missingColumn = ValidationErrors.missingColumnName(error);
    return missingColumn == null ? null : Suggestions.didYouMean(missingColumn, columns);
  }
}
