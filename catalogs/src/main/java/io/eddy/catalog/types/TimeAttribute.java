package io.eddy.catalog.types;

/**
 * Marks a timestamp column as a time attribute: the planner sets {@link #ROWTIME} on the column
 * a WATERMARK is declared for and {@link #PROCTIME} on PROCTIME() columns. The marker is not part
 * of the serialized type; it shows only in summary strings, as in Flink.
 */
public enum TimeAttribute {
  NONE(""), ROWTIME(" *ROWTIME*"), PROCTIME(" *PROCTIME*");

  private final String marker;

  TimeAttribute(String marker) {
    this.marker = marker;
  }

  /** The suffix printed after the type in summary strings. */
  public String marker() {
    return marker;
  }
}
