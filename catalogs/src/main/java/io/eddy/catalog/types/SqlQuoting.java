package io.eddy.catalog.types;

/** Quoting of identifiers (backquotes) and string literals (single quotes) as Flink SQL reads them. */
public final class SqlQuoting {

  private SqlQuoting() {}

  /** {@code name} in backquotes, inner backquotes doubled. */
  public static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** {@code text} in single quotes, inner single quotes doubled. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
