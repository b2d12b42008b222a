package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.RowKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of change a plan node emits, as in Flink: insert-only (append), all kinds (retract:
 * an update is -U old then +U new) or upsert (no -U: +U replaces by key).
 *
 * @param kinds the row kinds the node may emit
 */
public record ChangelogMode(Set<RowKind> kinds) {

  /** Only +I: an append-only stream. */
  public static final ChangelogMode INSERT_ONLY = new ChangelogMode(EnumSet.of(RowKind.INSERT));

  /** +I, -U, +U and -D. */
  public static final ChangelogMode ALL = new ChangelogMode(EnumSet.allOf(RowKind.class));

  /** +I, +U and -D. */
  public static final ChangelogMode UPSERT = new ChangelogMode(
      EnumSet.of(RowKind.INSERT, RowKind.UPDATE_AFTER, RowKind.DELETE));

  public ChangelogMode {
    requireNonNull(kinds, "kinds is null");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("A changelog mode needs at least one row kind");
    }
    kinds = Set.copyOf(kinds);
  }

  /** Whether the node only appends. */
  public boolean isInsertOnly() {
    return kinds.size() == 1 && kinds.contains(RowKind.INSERT);
  }

  /** The mode of a node that merges inputs of these modes (a union). */
  public ChangelogMode union(ChangelogMode other) {
    EnumSet<RowKind> merged = EnumSet.copyOf(kinds);
    merged.addAll(other.kinds);
    return new ChangelogMode(merged);
  }

  /** This mode without {@code kind} (which must not be the only kind). */
  public ChangelogMode without(RowKind kind) {
    EnumSet<RowKind> remaining = EnumSet.copyOf(kinds);
    remaining.remove(kind);
    return new ChangelogMode(remaining);
  }

  /** Flink's spelling in plans: {@code I}, {@code I,UB,UA,D}, {@code I,UA,D}. */
  @Override
  public String toString() {
    return EnumSet.copyOf(kinds).stream().map(ChangelogMode::letters)
        .collect(Collectors.joining(","));
  }

  private static String letters(RowKind kind) {
    return switch (kind) {
      case INSERT -> "I";
      case UPDATE_BEFORE -> "UB";
      case UPDATE_AFTER -> "UA";
      case DELETE -> "D";
    };
  }
}
