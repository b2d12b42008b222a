package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

/**
 * {@code WATERMARK FOR rowtimeColumn AS expression}: the event-time column and the SQL text of
 * the watermark strategy expression.
 */
public record WatermarkSpec(String rowtimeColumn, String expression) {

  public WatermarkSpec {
    requireNonNull(rowtimeColumn, "rowtimeColumn is null");
    requireNonNull(expression, "expression is null");
    if (expression.isBlank()) {
      throw new InvalidSchemaException(
          "Watermark for `" + rowtimeColumn + "` has an empty expression");
    }
  }
}
