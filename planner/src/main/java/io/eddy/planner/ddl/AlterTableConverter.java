package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlAlterTableRename;
import io.eddy.parser.ddl.SqlAlterTableReset;
import io.eddy.parser.ddl.SqlAlterTableSet;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.Suggestions;
import io.eddy.planner.validate.TableNames;
import io.eddy.planner.validate.ValidationErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * ALTER TABLE RENAME TO / SET (options) / RESET (keys) to the table as it is after the change;
 * changed options are validated again. Renaming keeps the table and checks the new name stays in
 * the same catalog and database and is free.
 */
public final class AlterTableConverter {

  private final PlanningContext context;
  private final TableResolver resolver;

  /** Creates a converter working in a statement's context. */
  public AlterTableConverter(PlanningContext context, TableOptionsValidator optionsValidator) {
    this.context = requireNonNull(context, "context is null");
    this.resolver = new TableResolver(context, optionsValidator);
  }

  /** The altered table; empty when IF EXISTS was given and the table does not exist. */
  public Optional<CatalogTable> convert(SqlAlterTable alter) {
    SqlParserPos position = alter.getParserPosition();
    ObjectIdentifier identifier = TableNames.qualify(alter.fullName(), position,
        context.objects());
    Optional<CatalogBaseTable> found = context.objects().table(identifier);
    if (found.isEmpty()) {
      if (alter.ifExists()) {
        return Optional.empty();
      }
      throw ValidationErrors.at(position, Category.VALIDATION,
          "Table " + identifier.asSerializableString() + " does not exist",
          Suggestions.didYouMean(identifier.objectName(),
              context.objects().tableNames(identifier.catalogName(), identifier.databaseName())));
    }
    if (!(found.get() instanceof CatalogTable table)) {
      throw ValidationErrors.at(position, Category.VALIDATION,
          identifier.asSerializableString() + " is a view; use ALTER VIEW");
    }
    if (alter instanceof SqlAlterTableRename rename) {
      checkNewName(identifier, rename, position);
      return Optional.of(table);
    }
    Map<String, String> options = new LinkedHashMap<>(table.options());
    if (alter instanceof SqlAlterTableSet set) {
      options.putAll(set.options());
    } else if (alter instanceof SqlAlterTableReset reset) {
      for (String key : reset.keys()) {
        if (key.equals(TableOptionsValidator.CONNECTOR)) {
          throw ValidationErrors.at(position, Category.VALIDATION,
              "ALTER TABLE RESET cannot remove 'connector'");
        }
        options.remove(key);
      }
    } else {
      throw ValidationErrors.unsupported(position, "This ALTER TABLE statement");
    }
    CatalogTable altered = table.withOptions(options);
    resolver.validateOptions(altered, position);
    return Optional.of(altered);
  }

  private void checkNewName(ObjectIdentifier identifier, SqlAlterTableRename rename,
      SqlParserPos position) {
    ObjectIdentifier target = TableNames.qualify(rename.newName(), position, context.objects());
    if (!target.catalogName().equals(identifier.catalogName())
        || !target.databaseName().equals(identifier.databaseName())) {
      throw ValidationErrors.at(position, Category.VALIDATION,
          "A table can only be renamed within its database, not to "
              + target.asSerializableString());
    }
    if (context.objects().table(target).isPresent()) {
      throw ValidationErrors.at(position, Category.CATALOG,
          "Table " + target.asSerializableString() + " already exists");
    }
  }
}
