package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.PlannerException;
import java.util.Locale;
import java.util.Optional;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * A refusal found while converting the plan, where SQL positions are gone: it names the function
 * call it is about (and a column among its arguments, when that tells calls apart), so that
 * {@link #locatedIn(SqlNode)} can report it with the call's position in the statement.
 */
public final class UnsupportedConstruct extends RuntimeException {

  private final String description;
  private final String function;
  private final String column;

  /**
   * @param description the text without position, ending in "is not supported ..."
   * @param function the name of the SQL function call the refusal is about
   * @param column a column among the call's arguments, or null
   */
  public UnsupportedConstruct(String description, String function, String column) {
    super(description);
    this.description = requireNonNull(description, "description is null");
    this.function = requireNonNull(function, "function is null");
    this.column = column;
  }

  /** The refusal, at the position of the first matching call in {@code statement} if there is one. */
  public PlannerException locatedIn(SqlNode statement) {
    Optional<SqlParserPos> position = position(statement);
    return new PlannerException(PlannerException.Category.UNSUPPORTED, description,
        position.map(SqlParserPos::getLineNum).orElse(0),
        position.map(SqlParserPos::getColumnNum).orElse(0), null);
  }

  private Optional<SqlParserPos> position(SqlNode statement) {
    SqlParserPos[] found = new SqlParserPos[1];
    String name = function.toUpperCase(Locale.ROOT);
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlCall call) {
        String operator = call.getOperator().getName().toUpperCase(Locale.ROOT);
        if (found[0] == null && (operator.equals(name) || operator.equals("$" + name))
            && (column == null || mentions(call, column))) {
          found[0] = call.getParserPosition();
        }
        return super.visit(call);
      }
    });
    return Optional.ofNullable(found[0]);
  }

  private static boolean mentions(SqlNode node, String column) {
    boolean[] seen = new boolean[1];
    node.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlIdentifier identifier) {
        seen[0] |= identifier.names.get(identifier.names.size() - 1).equalsIgnoreCase(column);
        return null;
      }
    });
    return seen[0];
  }
}
