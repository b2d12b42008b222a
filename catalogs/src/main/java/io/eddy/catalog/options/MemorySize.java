package io.eddy.catalog.options;

import java.util.Map;

/**
 * A number of bytes read as Flink reads memory sizes: {@code 128 mb}, {@code 1gb},
 * {@code 512 kb}, {@code 100 b}, a bare number being bytes (units are powers of 1024).
 */
public record MemorySize(long bytes) {

  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("", 1L), Map.entry("b", 1L), Map.entry("bytes", 1L),
      Map.entry("k", 1L << 10), Map.entry("kb", 1L << 10), Map.entry("kibibytes", 1L << 10),
      Map.entry("m", 1L << 20), Map.entry("mb", 1L << 20), Map.entry("mebibytes", 1L << 20),
      Map.entry("g", 1L << 30), Map.entry("gb", 1L << 30), Map.entry("gibibytes", 1L << 30),
      Map.entry("t", 1L << 40), Map.entry("tb", 1L << 40), Map.entry("tebibytes", 1L << 40));

  public MemorySize {
    if (bytes < 0) {
      throw new IllegalArgumentException("memory size must not be negative");
    }
  }

  /** Parses {@code text}; throws {@link IllegalArgumentException} if it is not a size. */
  public static MemorySize parse(String text) {
    String trimmed = text.trim();
    int end = 0;
    while (end < trimmed.length() && Character.isDigit(trimmed.charAt(end))) {
      end++;
    }
    Long multiplier = UNITS.get(OptionTypes.lower(trimmed.substring(end).trim()));
    if (end == 0 || multiplier == null) {
      throw new IllegalArgumentException(text);
    }
    return new MemorySize(Math.multiplyExact(Long.parseLong(trimmed.substring(0, end)), multiplier));
  }

  public static MemorySize ofMebiBytes(long mebiBytes) {
    return new MemorySize(mebiBytes << 20);
  }

  @Override
  public String toString() {
    String[] names = {"tb", "gb", "mb", "kb"};
    long[] sizes = {1L << 40, 1L << 30, 1L << 20, 1L << 10};
    for (int i = 0; i < sizes.length; i++) {
      if (bytes != 0 && bytes % sizes[i] == 0) {
        return bytes / sizes[i] + " " + names[i];
      }
    }
    return bytes + " bytes";
  }
}
