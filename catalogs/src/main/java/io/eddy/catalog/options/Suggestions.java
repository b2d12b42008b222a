package io.eddy.catalog.options;

import java.util.Collection;
import java.util.Optional;

/** Finds the candidate closest to a misspelled name, when it is close enough to be a typo. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate at the smallest edit distance (insertions, deletions, substitutions and
   * swaps of neighbours) from {@code input}, if that distance is at most 2, or a quarter of the
   * input's length for long keys, and shorter than the input.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    int limit = Math.min(Math.max(2, input.length() / 4), input.length() - 1);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates.stream().sorted().toList()) {
      int distance = distance(input, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
