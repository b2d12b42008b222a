package io.eddy.planner.function;

import io.eddy.catalog.function.ScalarFunction;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads a user-defined function's class by name from the class path and checks it as Flink
 * does: a public, non-abstract {@link ScalarFunction} with a public constructor without
 * arguments (which must succeed) and at least one public, non-static {@code eval} method whose
 * parameter and return types map to SQL types ({@link FunctionValueType}). Runs when a function
 * is created and when a statement names it, never per record.
 */
public final class FunctionClasses {

  private static final String CLASS_PATH_HINT =
      "Check the class name, and add the jar that holds it to the class path";

  private FunctionClasses() {
  }

  /**
   * The definition of the scalar function implemented by {@code className}.
   *
   * @throws InvalidFunctionException when the class is missing or cannot be used
   */
  public static ScalarFunctionDefinition scalarFunction(String className) {
    Class<?> loaded = load(className);
    if (!ScalarFunction.class.isAssignableFrom(loaded)) {
      throw notAFunction(className, "it does not extend " + ScalarFunction.class.getName());
    }
    Class<? extends ScalarFunction> type = loaded.asSubclass(ScalarFunction.class);
    int modifiers = type.getModifiers();
    if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers)
        || (type.getEnclosingClass() != null && !Modifier.isStatic(modifiers))) {
      throw notAFunction(className, "it must be a public, non-abstract, top-level or static class");
    }
    ScalarFunction instance = instantiate(type);
    List<EvalMethod> evals = new ArrayList<>();
    String unusable = null;
    for (Method method : type.getMethods()) {
      if (!method.getName().equals(ScalarFunction.EVAL) || Modifier.isStatic(method.getModifiers())
          || method.isBridge() || method.isSynthetic()) {
        continue;
      }
      Optional<EvalMethod> eval = evalMethod(method);
      if (eval.isPresent()) {
        evals.add(eval.get());
      } else if (unusable == null) {
        unusable = describe(method);
      }
    }
    if (evals.isEmpty()) {
      throw notAFunction(className, unusable == null ? "it needs a public method named 'eval'"
          : "no 'eval' method has SQL-typed parameters and result: " + unusable);
    }
    evals.sort(Comparator.comparing((EvalMethod eval) -> eval.parameters().size())
        .thenComparing(eval -> eval.signature("")));
    return new ScalarFunctionDefinition(type, evals, instance.isDeterministic());
  }

  private static Optional<EvalMethod> evalMethod(Method method) {
    Optional<FunctionValueType> result = FunctionValueType.of(method.getReturnType());
    if (result.isEmpty()) {
      return Optional.empty();
    }
    List<FunctionValueType> parameters = new ArrayList<>();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      boolean varArgs = method.isVarArgs() && i == types.length - 1;
      Optional<FunctionValueType> type = FunctionValueType.of(varArgs
          ? types[i].getComponentType() : types[i]);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      parameters.add(type.get());
    }
    return Optional.of(new EvalMethod(method, parameters, result.get()));
  }

  private static String describe(Method method) {
    StringBuilder text = new StringBuilder(method.getReturnType().getSimpleName()).append(" eval(");
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      text.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
    }
    return text.append(')').toString();
  }

  private static Class<?> load(String className) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return Class.forName(className, false,
          loader != null ? loader : FunctionClasses.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new InvalidFunctionException("Function class '" + className
          + "' was not found on the class path", CLASS_PATH_HINT);
    }
  }

  private static ScalarFunction instantiate(Class<? extends ScalarFunction> type) {
    Constructor<? extends ScalarFunction> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw notAFunction(type.getName(), "it needs a public constructor without arguments");
    }
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw notAFunction(type.getName(), "its constructor failed: " + e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      throw notAFunction(type.getName(), "it cannot be instantiated: " + e);
    }
  }

  private static InvalidFunctionException notAFunction(String className, String reason) {
    return new InvalidFunctionException("Class '" + className + "' is not a scalar function: "
        + reason, null);
  }
}
