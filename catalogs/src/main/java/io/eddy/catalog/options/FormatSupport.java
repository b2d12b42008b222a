package io.eddy.catalog.options;

/** Which format options a connector takes. */
public enum FormatSupport {
  /** No format: the connector defines its own encoding. */
  NONE,
  /** {@code 'format'}: one format for the whole row. */
  VALUE,
  /** {@code 'format'} or {@code 'value.format'}, and {@code 'key.format'}, as Kafka takes them. */
  KEY_VALUE
}
