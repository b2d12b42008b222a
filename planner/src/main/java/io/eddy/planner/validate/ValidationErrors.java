package io.eddy.planner.validate;

import io.eddy.planner.PlannerException;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.types.TypeNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns Calcite's validation exceptions into one-line {@link PlannerException}s: the
 * "From line 1, column 15 to line 1, column 18:" prefix becomes structured line and column,
 * Calcite's type spellings become Flink's and its most common messages are made clearer. All
 * message rewriting of the planner lives here.
 */
public final class ValidationErrors {

  private static final Pattern APPLY = Pattern.compile(
      "Cannot apply '(.+?)' to arguments of type '(.+?)'\\. Supported form\\(s\\):.*",
      Pattern.DOTALL);
  private static final Pattern NO_MATCH = Pattern.compile(
      "No match found for function signature (\\w+)\\((.*)\\)", Pattern.DOTALL);
  private static final Pattern TABLE_NOT_FOUND = Pattern.compile(
      "Object '([^']+)' not found(?: within '([^']+)')?");
  private static final Pattern COLUMN_NOT_FOUND = Pattern.compile(
      "(?:Column|Unknown identifier) '([^']+)'(?: not found)?");
  private static final Pattern CALCITE_SUGGESTION = Pattern.compile("; did you mean '[^']*'\\?$");
  private static final Pattern UNKNOWN_IDENTIFIER = Pattern.compile(
      "Unknown identifier '([^'*]+)'");
  private static final Pattern PREFIX = Pattern.compile(
      "^From line \\d+, column \\d+ to line \\d+, column \\d+: ");

  private ValidationErrors() {
  }

  /** The planner error for a Calcite validation failure, hint-free. */
  public static PlannerException translate(CalciteContextException error) {
    return translate(error, null);
  }

  /** The planner error for a Calcite validation failure, with the given hint (may be null). */
  public static PlannerException translate(CalciteContextException error, String hint) {
    String text = error.getCause() != null && error.getCause().getMessage() != null
        ? error.getCause().getMessage() : PREFIX.matcher(error.getMessage()).replaceFirst("");
    PlannerException translated = new PlannerException(Category.VALIDATION, clarify(text),
        error.getPosLine(), error.getPosColumn(), hint);
    translated.initCause(error);
    return translated;
  }

  /** An error at a parser position. */
  public static PlannerException at(SqlParserPos position, Category category, String text) {
    return at(position, category, text, null);
  }

  /** An error at a parser position with a hint (may be null). */
  public static PlannerException at(SqlParserPos position, Category category, String text,
      String hint) {
    int line = position == null ? 0 : position.getLineNum();
    int column = position == null ? 0 : position.getColumnNum();
    return new PlannerException(category, text, line, column, hint);
  }

  /** A "not supported" error naming the construct and its position. */
  public static PlannerException unsupported(SqlParserPos position, String construct) {
    return at(position, Category.UNSUPPORTED, construct + " is not supported");
  }

  /** The name of the table a "not found" message is about, or null for other messages. */
  public static String missingTableName(CalciteContextException error) {
    String text = error.getCause() == null ? error.getMessage() : error.getCause().getMessage();
    Matcher matcher = TABLE_NOT_FOUND.matcher(text == null ? "" : text);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The name of the column an "unknown column" message is about, or null. */
  public static String missingColumnName(CalciteContextException error) {
    String text = error.getCause() == null ? error.getMessage() : error.getCause().getMessage();
    Matcher matcher = COLUMN_NOT_FOUND.matcher(text == null ? "" : text);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** Calcite's message made clearer and Flink-spelled. */
  public static String clarify(String calciteText) {
    String text = CALCITE_SUGGESTION.matcher(calciteText).replaceFirst("");
    Matcher apply = APPLY.matcher(text);
    if (apply.matches()) {
      return "Cannot apply '" + apply.group(1) + "' to arguments of type '"
          + TypeNames.flinkSpelling(apply.group(2).replaceAll("[<>]", "")) + "'";
    }
    Matcher noMatch = NO_MATCH.matcher(text);
    if (noMatch.matches()) {
      String function = noMatch.group(1);
      boolean known = EddyOperatorTable.instance().getOperatorList().stream()
          .anyMatch(operator -> operator.getName().equalsIgnoreCase(function));
      return known ? "No function '" + function + "' accepts arguments ("
          + TypeNames.flinkSpelling(noMatch.group(2).replaceAll("[<>]", "")) + ")"
          : "No function named '" + function + "'";
    }
    Matcher unknown = UNKNOWN_IDENTIFIER.matcher(text);
    if (unknown.matches()) {
      return "Column '" + unknown.group(1) + "' not found in any table";
    }
    Matcher notFound = TABLE_NOT_FOUND.matcher(text);
    if (notFound.matches() && notFound.group(2) != null) {
      return "Object '" + notFound.group(1) + "' not found in '" + notFound.group(2) + "'";
    }
    return TypeNames.flinkSpelling(text);
  }
}
