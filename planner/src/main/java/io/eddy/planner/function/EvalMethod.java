package io.eddy.planner.function;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code eval} overload of a user-defined scalar function with the value types of its
 * parameters and result. The last parameter of a varargs method ({@code String... values})
 * takes any number of arguments, each of the array's element type.
 *
 * @param method the Java method
 * @param parameters one value type per parameter (for varargs, the element type last)
 * @param result the value type of the result
 */
public record EvalMethod(Method method, List<FunctionValueType> parameters,
    FunctionValueType result) {

  public EvalMethod {
    requireNonNull(method, "method is null");
    parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
    requireNonNull(result, "result is null");
  }

  /** Whether the last parameter takes any number of arguments. */
  public boolean varArgs() {
    return method.isVarArgs();
  }

  /** The number of parameters before the varargs one, or all of them. */
  public int fixedParameters() {
    return varArgs() ? parameters.size() - 1 : parameters.size();
  }

  /** Whether {@code count} arguments can be passed. */
  public boolean accepts(int count) {
    return varArgs() ? count >= fixedParameters() : count == parameters.size();
  }

  /** The Java class argument {@code index} is passed as (the element class for varargs). */
  public Class<?> argumentClass(int index) {
    Class<?>[] types = method.getParameterTypes();
    return index < fixedParameters() ? types[index] : types[types.length - 1].getComponentType();
  }

  /** The value type argument {@code index} is passed as. */
  public FunctionValueType argumentType(int index) {
    return parameters.get(Math.min(index, parameters.size() - 1));
  }

  /** Whether argument {@code index} is passed as a primitive, so never receives null. */
  public boolean primitiveParameter(int index) {
    return argumentClass(index).isPrimitive();
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
        .collect(Collectors.joining(", ", "(", varArgs() ? "...)" : ")"));
  }

  @Override
  public String toString() {
    return signature("eval") + " -> " + result.sqlName();
  }
}
