package io.eddy.planner.physical;

import io.eddy.runtime.data.RowSchema;
import java.util.Arrays;

/**
 * How a node needs the rows of one input spread over its parallel subtasks: as they come
 * (forward, or round robin when parallelisms differ), by the hash of key fields, or all on one
 * subtask.
 */
public sealed interface InputDistribution {

  /** Rows stay where they are (round robin when the parallelisms differ). */
  InputDistribution ANY = new Any();

  /** Every row goes to the single subtask of a node of parallelism 1. */
  InputDistribution SINGLE = new Single();

  /** Rows with equal values in {@code keyFields} go to the same subtask. */
  static InputDistribution hash(int[] keyFields, RowSchema inputSchema) {
    return new Hash(keyFields.clone(), inputSchema);
  }

  /** Rows as they come. */
  record Any() implements InputDistribution {
    @Override
    public String toString() {
      return "any";
    }
  }

  /** All rows on one subtask. */
  record Single() implements InputDistribution {
    @Override
    public String toString() {
      return "single";
    }
  }

  /**
   * Rows hashed by key fields.
   *
   * @param keyFields input field indexes of the key, in key order
   * @param inputSchema the input row's schema
   */
  record Hash(int[] keyFields, RowSchema inputSchema) implements InputDistribution {
    @Override
    public String toString() {
      return "hash" + Arrays.toString(keyFields);
    }
  }
}
