package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/**
 * A Calcite {@link Lookup} that asks for one entity at a time (names are case-sensitive, as in
 * Flink) and lists names only when Calcite enumerates them.
 */
final class NameLookup<T> implements Lookup<T> {

  private final Function<String, T> get;
  private final Supplier<Set<String>> names;

  NameLookup(Function<String, T> get, Supplier<Set<String>> names) {
    this.get = requireNonNull(get, "get is null");
    this.names = requireNonNull(names, "names is null");
  }

  @Override
  public T get(String name) {
    return get.apply(name);
  }

  @Override
  public Named<T> getIgnoreCase(String name) {
    for (String candidate : names.get()) {
      if (candidate.equalsIgnoreCase(name)) {
        T entity = get.apply(candidate);
        if (entity != null) {
          return new Named<>(candidate, entity);
        }
      }
    }
    return null;
  }

  @Override
  public Set<String> getNames(LikePattern pattern) {
    Set<String> matching = new TreeSet<>();
    for (String name : names.get()) {
      if (pattern.matcher().apply(name)) {
        matching.add(name);
      }
    }
    return matching;
  }
}
