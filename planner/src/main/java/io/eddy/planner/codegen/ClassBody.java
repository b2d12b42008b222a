package io.eddy.planner.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The code of one generated class while it is written: the statements of the method being
 * generated, fresh variable names, and the constants (compiled patterns, decimals, schemas)
 * handed to the instance's constructor as references.
 */
final class ClassBody {

  private StringBuilder statements = new StringBuilder();
  private String indent = "    ";
  private int names;
  private final List<Object> references = new ArrayList<>();
  private final List<String> referenceTypes = new ArrayList<>();
  private final StringBuilder methods = new StringBuilder();

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

  List<Object> references() {
    return List.copyOf(references);
  }

  /** The whole class source. */
  String source(String className, String implemented, String extraFields,
      String extraConstructor) {
    StringBuilder text = new StringBuilder();
    text.append("public final class ").append(className).append(" implements ")
        .append(implemented).append(" {\n");
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
    text.append(extraConstructor).append("  }\n").append(methods).append("}\n");
    return text.toString();
  }
}
