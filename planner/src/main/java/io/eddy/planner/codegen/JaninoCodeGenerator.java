package io.eddy.planner.codegen;

import io.eddy.codegen.ClassCompiler;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operators.aggregate.AccumulatorCode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.rank.SortField;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Generates Java source for row expressions and compiles it with Janino: one small method per
 * projection and one for the filter, calling hand-written helpers of
 * {@code io.eddy.codegen.functions}. Instances reuse one output row. Thread-safe; identical source
 * is compiled once per JVM ({@link ClassCompiler#shared()}).
 */
public final class JaninoCodeGenerator implements CodeGenerator {

  private static final String ROW = "io.eddy.runtime.data.Row";

  private final RexBuilder rexBuilder = new RexBuilder(new EddyTypeFactory());
  private final ClassCompiler compiler = ClassCompiler.shared();

  @Override
  public GeneratedCode<RowTransform> calc(String name, RelDataType inputType,
      List<RexNode> projects, RexNode condition, RowSchema outputSchema) {
    if (projects.size() != outputSchema.arity()) {
      throw new IllegalArgumentException(projects.size() + " projections for output schema "
          + outputSchema);
    }
    ClassBody body = new ClassBody();
    body.userFunctionsOpenedByOperator();
    ExpressionTranslator translator = new ExpressionTranslator(body, single());
    StringBuilder apply = new StringBuilder();
    if (condition != null) {
      Expr test = translator.translate(expand(condition));
      body.method("private boolean filter(" + ROW + " in)", "return !" + test.isNull()
          + " && " + test.value() + ";");
      apply.append("    if (!filter(in)) return null;\n");
    }
    for (int i = 0; i < projects.size(); i++) {
      RexNode project = expand(projects.get(i));
      FieldKind kind = outputSchema.kind(i);
      if (project instanceof RexInputRef ref) {
        body.line("out.setFieldFrom(" + i + ", in, " + ref.getIndex() + ");");
      } else {
        Expr value = translator.translate(project);
        body.line("if (" + value.isNull() + ") {");
        body.line("  out.setNullAt(" + i + ");");
        body.line("} else {");
        body.line("  " + JavaTypes.write("out", i, kind, JavaTypes.convert(value.value(),
            value.javaType(), JavaTypes.of(kind))));
        body.line("}");
      }
      body.method("private void project" + i + "(" + ROW + " in)", null);
      apply.append("    project").append(i).append("(in);\n");
    }
    apply.append("    out.setKind(in.getKind());\n    return out;");
    String schema = body.reference(outputSchema, "io.eddy.runtime.data.RowSchema");
    body.raw(apply.append('\n'));
    body.method("public " + ROW + " apply(" + ROW + " in)", null);
    return compile(name, "Calc", body, "io.eddy.runtime.function.RowTransform",
        "  private final " + ROW + " out;\n", "    out = new " + ROW + "(" + schema + ");\n",
        RowTransform.class);
  }

  @Override
  public GeneratedCode<RowCondition> joinCondition(String name, RelDataType leftType,
      RelDataType rightType, RexNode condition) {
    int leftCount = leftType.getFieldCount();
    ClassBody body = new ClassBody();
    ExpressionTranslator translator = new ExpressionTranslator(body,
        new ExpressionTranslator.InputRows() {
          @Override
          public String row(int index) {
            return index < leftCount ? "left" : "right";
          }

          @Override
          public int field(int index) {
            return index < leftCount ? index : index - leftCount;
          }
        });
    Expr test = translator.translate(expand(condition));
    body.method("public boolean test(" + ROW + " left, " + ROW + " right)", "return !"
        + test.isNull() + " && " + test.value() + ";");
    return compile(name, "Condition", body, "io.eddy.runtime.function.RowCondition", "", "",
        RowCondition.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public GeneratedCode<ToLongFunction<Row>> timestamp(String name, RelDataType inputType,
      RexNode expression) {
    ClassBody body = new ClassBody();
    ExpressionTranslator translator = new ExpressionTranslator(body, single());
    body.line(ROW + " in = (" + ROW + ") row;");
    Expr value = translator.translate(expand(expression));
    body.method("public long applyAsLong(Object row)", "return " + value.isNull()
        + " ? Long.MIN_VALUE : " + JavaTypes.convert(value.value(), value.javaType(), "long")
        + ";");
    GeneratedCode<?> code = compile(name, "Timestamp", body,
        "java.util.function.ToLongFunction", "", "", ToLongFunction.class);
    return (GeneratedCode<ToLongFunction<Row>>) code;
  }

  @Override
  public GeneratedCode<KeySelector> keySelector(String name, RowSchema inputSchema, int[] fields,
      boolean reuseKey) {
    if (fields.length == 0) {
      throw new IllegalArgumentException("a generated key needs at least one field");
    }
    for (int field : fields) {
      if (field < 0 || field >= inputSchema.arity()) {
        throw new IllegalArgumentException("key field " + field + " is not in " + inputSchema);
      }
    }
    ClassBody body = new ClassBody();
    String[] reused = KeySelectorSource.write(body, inputSchema, fields, reuseKey);
    return compile(name, "KeySelector", body, "io.eddy.runtime.data.KeySelector", reused[0],
        reused[1],
        KeySelector.class);
  }

  @Override
  public GeneratedCode<AccumulatorCode> accumulators(String name, RowSchema inputSchema,
      List<AggregateCall> calls, boolean retracting) {
    ClassBody body = new ClassBody();
    AccumulatorSource.write(body, inputSchema, calls, retracting);
    return compile(name, "Accumulators", body,
        "io.eddy.runtime.operators.aggregate.AccumulatorCode", "", "", AccumulatorCode.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public GeneratedCode<Comparator<Row>> comparator(String name, RowSchema schema,
      List<SortField> fields) {
    for (SortField field : fields) {
      if (field.index() >= schema.arity()) {
        throw new IllegalArgumentException("sort field " + field + " is not in " + schema);
      }
    }
    ClassBody body = new ClassBody();
    ComparatorSource.write(body, schema, fields);
    GeneratedCode<?> code = compile(name, "Comparator", body, "java.util.Comparator", "", "",
        Comparator.class);
    return (GeneratedCode<Comparator<Row>>) code;
  }

  @Override
  public GeneratedCode<RowTransform> fieldProjection(String name, RowSchema inputSchema,
      int[] fields, RowSchema outputSchema) {
    if (fields.length != outputSchema.arity()) {
      throw new IllegalArgumentException("Projection of " + fields.length + " fields into "
          + outputSchema);
    }
    ClassBody body = new ClassBody();
    for (int i = 0; i < fields.length; i++) {
      int field = fields[i];
      if (field < 0 || field >= inputSchema.arity()) {
        throw new IllegalArgumentException("input field " + field + " is not in " + inputSchema);
      }
      FieldKind kind = inputSchema.kind(field);
      body.line(kind != outputSchema.kind(i) ? "out.setFieldFrom(" + i + ", in, " + field + ");"
          : "if (in.isNullAt(" + field + ")) out.setNullAt(" + i + "); else "
              + KeySelectorSource.copy("out", i, field, kind));
    }
    body.line("out.setKind(in.getKind());");
    String schema = body.reference(outputSchema, "io.eddy.runtime.data.RowSchema");
    body.method("public " + ROW + " apply(" + ROW + " in)", "return out;");
    return compile(name, "Projection", body, "io.eddy.runtime.function.RowTransform",
        "  private final " + ROW + " out;\n", "    out = new " + ROW + "(" + schema + ");\n",
        RowTransform.class);
  }

  private RexNode expand(RexNode node) {
    return RexUtil.expandSearch(rexBuilder, null, node);
  }

  private static ExpressionTranslator.InputRows single() {
    return new ExpressionTranslator.InputRows() {
      @Override
      public String row(int index) {
        return "in";
      }

      @Override
      public int field(int index) {
        return index;
      }
    };
  }

  private <T> GeneratedCode<T> compile(String name, String suffix, ClassBody body,
      String implemented, String fields, String constructor, Class<?> type) {
    String provisional = body.source("Generated", implemented, fields, constructor);
    String className = identifier(name) + suffix + "$"
        + Integer.toHexString(provisional.hashCode());
    String source = body.source(className, implemented, fields, constructor);
    Class<?> compiled = compiler.compile(className, source);
    Object[] references = body.references().toArray();
    Constructor<?> make;
    try {
      make = compiled.getConstructor(Object[].class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Generated class " + className + " has no constructor", e);
    }
    return new GeneratedCode<>(className, source, () -> {
      try {
        return (T) type.cast(make.newInstance((Object) references));
      } catch (InstantiationException | IllegalAccessException
          | InvocationTargetException e) {
        throw new IllegalStateException("Cannot instantiate " + className, e);
      }
    });
  }

  private static String identifier(String name) {
    StringBuilder text = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isJavaIdentifierPart(c) && c != '$') {
        text.append(text.length() == 0 && !Character.isJavaIdentifierStart(c) ? "_" : "")
            .append(c);
      }
    }
    return text.length() == 0 ? "Generated" : text.toString();
  }

}
