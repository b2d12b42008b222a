package io.eddy.planner.codegen;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.types.DataTypes;
import io.eddy.parser.EddySqlParser;
import io.eddy.planner.TestObjects;
import io.eddy.planner.explain.Explainer;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.FieldTypes;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.SqlReader;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowTransform;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlNode;

/**
 * Plans {@code SELECT ... FROM t [WHERE ...]} through the real validator and SQL-to-rel conversion
 * and compiles its projection and filter, over table {@code t(i INT, b BIGINT, d DOUBLE,
 * s STRING, amount DECIMAL(10, 2), ts TIMESTAMP(3), dt DATE, flag BOOLEAN, arr ARRAY<BIGINT>,
 * m MAP<STRING, BIGINT>, r ROW<x BIGINT, y STRING>)}.
 */
final class Expressions {

  static final JaninoCodeGenerator GENERATOR = new JaninoCodeGenerator();
  private static final EddySqlParser PARSER = new EddySqlParser();

  private Expressions() {
  }

  static PlanningContext context() {
    TableSchema schema = TableSchema.builder()
        .column("i", DataTypes.INT())
        .column("b", DataTypes.BIGINT())
        .column("d", DataTypes.DOUBLE())
        .column("s", DataTypes.STRING())
        .column("amount", DataTypes.DECIMAL(10, 2))
        .column("ts", DataTypes.TIMESTAMP(3))
        .column("dt", DataTypes.DATE())
        .column("flag", DataTypes.BOOLEAN())
        .column("arr", DataTypes.ARRAY(DataTypes.BIGINT()))
        .column("m", DataTypes.MAP(DataTypes.STRING(), DataTypes.BIGINT()))
        .column("r", DataTypes.ROW(DataTypes.FIELD("x", DataTypes.BIGINT()),
            DataTypes.FIELD("y", DataTypes.STRING())))
        .build();
    TestObjects objects = new TestObjects()
        .with("t", CatalogTable.of(schema, Map.of("connector", "datagen")));
    SqlReader reader = new SqlReader() {
      @Override
      public SqlNode query(String sql) {
        return PARSER.parseStatement(sql);
      }

      @Override
      public SqlNode expression(String sql) {
        return PARSER.parseExpression(sql);
      }
    };
    return new PlanningContext(objects, new EddyTypeFactory(), reader);
  }

  /** The compiled projection and filter of a query over {@code t}. */
  static GeneratedCode<RowTransform> compile(String sql) {
    RelNode plan = new Explainer(context()).plan(PARSER.parseStatement(sql));
    LogicalProject project = (LogicalProject) plan;
    RexNode condition = null;
    RelNode input = project.getInput();
    if (input instanceof LogicalFilter filter) {
      condition = filter.getCondition();
      input = filter.getInput();
    }
    RowSchema output = FieldTypes.rowSchema(project.getRowType());
    return GENERATOR.calc("test", input.getRowType(), project.getProjects(), condition, output);
  }

  /** A row of {@code t}: values in column order, missing ones null. */
  static Row row(Object... values) {
    RowSchema schema = FieldTypes.rowSchema(new Explainer(context())
        .plan(PARSER.parseStatement("SELECT * FROM t")).getRowType());
    Object[] all = new Object[schema.arity()];
    System.arraycopy(values, 0, all, 0, values.length);
    return Row.withValues(RowKind.INSERT, schema, all);
  }

  /** The single output value of {@code SELECT expression FROM t} on {@code input}. */
  static Object eval(String expression, Row input) {
    Row out = compile("SELECT " + expression + " FROM t").newInstance().apply(input);
    return out.getField(0);
  }

  static List<Object> evalAll(String expressions, Row input) {
    Row out = compile("SELECT " + expressions + " FROM t").newInstance().apply(input);
    Object[] values = new Object[out.arity()];
    for (int i = 0; i < values.length; i++) {
      values[i] = out.getField(i);
    }
    return java.util.Arrays.asList(values);
  }
}
