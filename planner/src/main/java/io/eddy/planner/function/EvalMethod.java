package io.eddy.planner.function;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code eval} overload of a user-defined scalar function with the value types of its
 * parameters and result.
 *
 * @param method the Java method
 * @param parameters one value type per parameter
 * @param result the value type of the result
 */
public record EvalMethod(Method method, List<FunctionValueType> parameters,
    FunctionValueType result) {

  public EvalMethod {
    requireNonNull(method, "method is null");
    parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
    requireNonNull(result, "result is null");
  }

  /** Whether parameter {@code index} is a primitive, so never receives null. */
  public boolean primitiveParameter(int index) {
    return method.getParameterTypes()[index].isPrimitive();
  }

  /** Whether the result is a primitive, so never null. */
  public boolean primitiveResult() {
    return method.getReturnType().isPrimitive();
  }

  /** Whether the method declares checked exceptions. */
  public boolean throwsChecked() {
    for (Class<?> thrown : method.getExceptionTypes()) {
      if (!RuntimeException.class.isAssignableFrom(thrown) && !Error.class.isAssignableFrom(thrown)) {
        return true;
      }
    }
    return false;
  }

  /** "name(STRING, INT)". */
  public String signature(String name) {
    return name + parameters.stream().map(FunctionValueType::sqlName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public String toString() {
    return signature("eval") + " -> " + result.sqlName();
  }
}
