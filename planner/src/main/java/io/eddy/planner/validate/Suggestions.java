package io.eddy.planner.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" hints: the known names closest to a misspelt one. */
public final class Suggestions {

  private Suggestions() {
  }

  /**
   * A hint naming the closest candidate, or null when none is close enough (an edit distance of
   * 1 for names up to 3 characters, else at most a third of the name and at least 2).
   */
  public static String didYouMean(String name, Collection<String> candidates) {
    int limit = name.length() <= 3 ? 1 : Math.max(2, name.length() / 3);
    List<String> closest = candidates.stream()
        .filter(candidate -> !candidate.equals(name))
        .filter(candidate -> distance(name, candidate) <= limit)
        .sorted(Comparator.comparingInt((String c) -> distance(name, c))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    return closest.isEmpty() ? null : "Did you mean '" + closest.get(0) + "'?";
  }

  /** Levenshtein distance, case-insensitive. */
  static int distance(String left, String right) {
    String a = left.toLowerCase(Locale.ROOT);
    String b = right.toLowerCase(Locale.ROOT);
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
