package io.eddy.planner;

import static java.util.Objects.requireNonNull;

/**
 * A user error found while planning a statement: one line of text with the position in the
 * statement (when known), a category and an optional hint. {@link #getMessage()} is the text a
 * user sees, for example {@code line 1, column 15: Object 'bidz' not found. Did you mean 'bids'?}.
 */
public final class PlannerException extends RuntimeException {

  /** What kind of mistake the error reports. */
  public enum Category {
    /** The statement is wrong for the catalog: unknown object, type mismatch, bad expression. */
    VALIDATION,
    /** The statement is valid SQL but uses a construct Eddy does not support (yet). */
    UNSUPPORTED,
    /** The catalog rejected the request: object exists, invalid option, missing database. */
    CATALOG
  }

  private final Category category;
  private final String description;
  private final int line;
  private final int column;
  private final String hint;

  /**
   * Creates an error.
   *
   * @param category the kind of mistake
   * @param description the text without position, one line
   * @param line the 1-based line in the statement, 0 when unknown
   * @param column the 1-based column in the statement, 0 when unknown
   * @param hint advice shown after the description, or null
   */
  public PlannerException(Category category, String description, int line, int column,
      String hint) {
    super(format(description, line, column, hint));
    this.category = requireNonNull(category, "category is null");
    this.description = oneLine(requireNonNull(description, "description is null"));
    this.line = line;
    this.column = column;
    this.hint = hint == null ? null : oneLine(hint);
  }

  /** An error without position. */
  public static PlannerException of(Category category, String description) {
    return new PlannerException(category, description, 0, 0, null);
  }

  /** The kind of mistake. */
  public Category category() {
    return category;
  }

  /** The text without position and hint. */
  public String description() {
    return description;
  }

  /** The 1-based line of the error in the statement, 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the error in the statement, 0 when unknown. */
  public int column() {
    return column;
  }

  /** Advice for the user, or null. */
  public String hint() {
    return hint;
  }

  /** Whether the position is known. */
  public boolean hasPosition() {
    return line > 0;
  }

  private static String format(String description, int line, int column, String hint) {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line).append(", column ").append(column).append(": ");
    }
    String body = oneLine(description);
    text.append(body);
    if (hint != null) {
      text.append(body.endsWith(".") || body.endsWith("?") ? " " : ". ").append(oneLine(hint));
    }
    return text.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
