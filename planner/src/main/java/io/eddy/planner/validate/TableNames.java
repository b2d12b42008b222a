package io.eddy.planner.validate;

import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.schema.ObjectLookup;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Completes table names as written ({@code t}, {@code db.t}, {@code cat.db.t}). */
public final class TableNames {

  private TableNames() {
  }

  /** The full name, completed with the current catalog and database. */
  public static ObjectIdentifier qualify(SqlIdentifier name, ObjectLookup objects) {
    return qualify(name.names, name.getParserPosition(), objects);
  }

  /** The full name of {@code parts}, errors reported at {@code position}. */
  public static ObjectIdentifier qualify(List<String> parts, SqlParserPos position,
      ObjectLookup objects) {
    return switch (parts.size()) {
      case 1 -> new ObjectIdentifier(objects.currentCatalog(), objects.currentDatabase(),
          parts.get(0));
      case 2 -> new ObjectIdentifier(objects.currentCatalog(), parts.get(0), parts.get(1));
      case 3 -> new ObjectIdentifier(parts.get(0), parts.get(1), parts.get(2));
      default -> throw ValidationErrors.at(position, Category.VALIDATION,
          "Table name " + String.join(".", parts) + " has " + parts.size()
              + " parts, but a table name is [[catalog.]database.]table");
    };
  }
}
