package io.eddy.codegen;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated Java source with Janino, once per distinct source text per JVM: the same
 * source asked for again returns the class compiled the first time. Thread-safe.
 */
public final class ClassCompiler {

  private static final ClassCompiler SHARED = new ClassCompiler();

  private final ConcurrentMap<String, Class<?>> compiled = new ConcurrentHashMap<>();

  /** The JVM-wide compiler and its cache. */
  public static ClassCompiler shared() {
    return SHARED;
  }

  /**
   * The class {@code className} declared (top level, default package) by {@code source}, compiled
   * on first use.
   *
   * @throws CompilationException when the source does not compile; the message holds the source
   */
  public Class<?> compile(String className, String source) {
    requireNonNull(className, "className is null");
    requireNonNull(source, "source is null");
    return compiled.computeIfAbsent(source, text -> load(className, text));
  }

  /** How many distinct sources were compiled. */
  public int size() {
    return compiled.size();
  }

  private static Class<?> load(String className, String source) {
    SimpleCompiler compiler = new SimpleCompiler();
    compiler.setParentClassLoader(ClassCompiler.class.getClassLoader());
    try {
      compiler.cook(source);
      return compiler.getClassLoader().loadClass(className);
    } catch (CompileException | ClassNotFoundException e) {
      throw new CompilationException("Generated class " + className + " does not compile: "
          + e.getMessage() + "\n" + numbered(source), e);
    }
  }

  private static String numbered(String source) {
    StringBuilder text = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      text.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return text.toString();
  }
}
