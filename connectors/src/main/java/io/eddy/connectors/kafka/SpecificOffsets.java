package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses Flink's specific offsets, {@code partition:0,offset:42;partition:1,offset:300}, into
 * offsets by partition (of every topic the source reads).
 */
final class SpecificOffsets {

  private SpecificOffsets() {}

  static Map<Integer, Long> parse(String key, String text) {
    Map<Integer, Long> offsets = new TreeMap<>();
    for (String entry : text.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.trim().split(",");
      if (parts.length != 2 || !parts[0].trim().startsWith("partition:")
          || !parts[1].trim().startsWith("offset:")) {
        throw invalid(key, text, entry);
      }
      try {
        int partition = Integer.parseInt(parts[0].trim().substring("partition:".length()).trim());
        long offset = Long.parseLong(parts[1].trim().substring("offset:".length()).trim());
        if (partition < 0 || offset < 0) {
          throw invalid(key, text, entry);
        }
        offsets.put(partition, offset);
      } catch (NumberFormatException e) {
        throw invalid(key, text, entry);
      }
    }
    return offsets;
  }

  private static ConnectorException invalid(String key, String text, String entry) {
    return new ConnectorException("Invalid value '" + text + "' of option '" + key + "': '" + entry
        + "' is not 'partition:<number>,offset:<number>'");
  }
}
