package io.eddy.planner.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The code of one generated class while it is written: the statements of the method being
 * generated, fresh variable names, and the constants (compiled patterns, decimals, schemas)
 * handed to the instance's constructor as references.
 */
final class ClassBody {

  private static final String LIFECYCLE = "io.eddy.runtime.function.FunctionLifecycle";
  private static final String RUNTIME = "io.eddy.planner.function.FunctionRuntime";

  private StringBuilder statements = new StringBuilder();
  private String indent = "    ";
  private int names;
  private final List<Object> references = new ArrayList<>();
  private final List<String> referenceTypes = new ArrayList<>();
  private final StringBuilder methods = new StringBuilder();
  private final Map<String, String> userFunctions = new LinkedHashMap<>();
  private boolean userFunctionsOpenedByOperator;

  /** A variable name not used before in this class. */
  String name(String prefix) {
    return prefix + names++;
  }

  /** Appends a statement to the current method. */
  void line(String statement) {
    statements.append(indent).append(statement).append('\n');
  }

  /** Declares and initializes a local variable; returns its name. */
  String local(String javaType, String prefix, String initializer) {
    String name = name(prefix);
    line(javaType + " " + name + " = " + initializer + ";");
    return name;
  }

  /** The statements {@code body} appends, indented one level deeper, and its result. */
  <T> T nested(StringBuilder into, Supplier<T> body) {
    StringBuilder saved = statements;
    String savedIndent = indent;
    statements = into;
    indent = savedIndent + "  ";
    try {
      return body.get();
    } finally {
      statements = saved;
      indent = savedIndent;
    }
  }

  /** Appends already indented statements. */
  void raw(CharSequence code) {
    statements.append(code);
  }

  String indent() {
    return indent;
  }

  /** A final field holding {@code value}, set from the constructor's references. */
  String reference(Object value, String javaType) {
    references.add(value);
    referenceTypes.add(javaType);
    return "ref" + (references.size() - 1);
  }

  /** Ends the current method: wraps the collected statements into it. */
  void method(String signature, String returnStatement) {
    methods.append("\n  ").append(signature).append(" {\n").append(statements);
    if (returnStatement != null) {
      methods.append("    ").append(returnStatement).append('\n');
    }
    methods.append("  }\n");
    statements = new StringBuilder();
    indent = "    ";
  }

  /**
   * The field holding this instance's own instance of the user-defined function class
   * {@code sourceName} (one per class, created by the constructor).
   */
  String userFunction(String sourceName) {
    return userFunctions.computeIfAbsent(sourceName, name -> "udf" + userFunctions.size());
  }

  /**
   * The operator running this class opens and closes it (it is a {@link
   * io.eddy.runtime.function.FunctionLifecycle}); otherwise the constructor opens the user-defined
   * functions and nothing closes them.
   */
  void userFunctionsOpenedByOperator() {
    userFunctionsOpenedByOperator = true;
  }

  List<Object> references() {
    return List.copyOf(references);
  }

  /** The whole class source. */
  String source(String className, String implemented, String extraFields,
      String extraConstructor) {
    StringBuilder text = new StringBuilder();
    boolean lifecycle = !userFunctions.isEmpty() && userFunctionsOpenedByOperator;
    text.append("public final class ").append(className).append(" implements ")
        .append(implemented).append(lifecycle ? ", " + LIFECYCLE : "").append(" {\n");
    userFunctions.forEach((type, field) -> text.append("  private final ").append(type)
        .append(' ').append(field).append(";\n"));
    for (int i = 0; i < referenceTypes.size(); i++) {
      text.append("  private final ").append(referenceTypes.get(i)).append(" ref").append(i)
          .append(";\n");
    }
    text.append(extraFields);
    text.append("\n  public ").append(className).append("(Object[] references) {\n");
    for (int i = 0; i < referenceTypes.size(); i++) {
      text.append("    ref").append(i).append(" = (").append(referenceTypes.get(i))
          .append(") references[").append(i).append("];\n");
    }
    userFunctions.forEach((type, field) -> text.append("    ").append(field).append(" = new ")
        .append(type).append("();\n"));
    if (!lifecycle) {
      userFunctions.forEach((type, field) -> text.append("    try {\n      ").append(field)
          .append(".open(").append(RUNTIME).append(".detachedContext(\"").append(className)
          .append("\"));\n    } catch (Exception e) {\n      throw ").append(RUNTIME)
          .append(".failure(\"").append(type).append(".open\", e);\n    }\n"));
    }
    text.append(extraConstructor).append("  }\n").append(methods);
    if (lifecycle) {
      text.append(lifecycleMethods());
    }
    return text.append("}\n").toString();
  }

  /** open and close of the user-defined functions; close closes all, then throws the first failure. */
  private String lifecycleMethods() {
    StringBuilder text = new StringBuilder("\n  public void open(io.eddy.runtime.operator.OperatorContext"
        + " context) throws Exception {\n    io.eddy.catalog.function.FunctionContext functionContext = "
        + RUNTIME + ".context(context);\n");
    userFunctions.values().forEach(field -> text.append("    ").append(field)
        .append(".open(functionContext);\n"));
    text.append("  }\n\n  public void close() throws Exception {\n    Exception failure = null;\n");
    userFunctions.values().forEach(field -> text.append("    try {\n      ").append(field)
        .append(".close();\n    } catch (Exception e) {\n      if (failure == null) failure = e;\n"
        + "    }\n"));
    return text.append("    if (failure != null) throw failure;\n  }\n").toString();
  }
}
