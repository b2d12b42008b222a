package io.eddy.connectors.nexmark;

import io.eddy.catalog.function.ScalarFunction;

/**
 * Nexmark q14's {@code count_char(text, 'c')}: how many times the first character of the second
 * argument occurs in the first, 0 for a null text, as the Nexmark benchmark's Flink function
 * counts. Register it with {@code CREATE FUNCTION count_char AS
 * 'io.eddy.connectors.nexmark.CountChar'}.
 */
public class CountChar extends ScalarFunction {

  /** Occurrences of {@code character}'s first character in {@code text}. */
  public long eval(String text, String character) {
    if (text == null || character == null || character.isEmpty()) {
      return 0;
    }
    char wanted = character.charAt(0);
    long count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == wanted) {
        count++;
      }
    }
    return count;
  }
}
