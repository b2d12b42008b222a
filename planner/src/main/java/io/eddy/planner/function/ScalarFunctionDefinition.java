package io.eddy.planner.function;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.function.ScalarFunction;
import java.util.List;

/**
 * A user-defined scalar function as the planner uses it: its class, its usable {@code eval}
 * overloads (sorted by their signatures, so resolution does not depend on reflection order) and
 * whether it is deterministic.
 *
 * @param functionClass the class, a {@link ScalarFunction}
 * @param evals the usable overloads, at least one
 * @param deterministic what an instance's {@link ScalarFunction#isDeterministic()} returned
 */
public record ScalarFunctionDefinition(Class<? extends ScalarFunction> functionClass,
    List<EvalMethod> evals, boolean deterministic) {

  public ScalarFunctionDefinition {
    requireNonNull(functionClass, "functionClass is null");
    evals = List.copyOf(requireNonNull(evals, "evals is null"));
    if (evals.isEmpty()) {
      throw new IllegalArgumentException(functionClass.getName() + " has no eval method");
    }
  }

  /** The class's name as generated Java source spells it. */
  public String sourceName() {
    return functionClass.getCanonicalName();
  }
}
