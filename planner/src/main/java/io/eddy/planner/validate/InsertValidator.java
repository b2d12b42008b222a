package io.eddy.planner.validate;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.RowType;
import io.eddy.parser.dml.SqlRichInsert;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.schema.ObjectLookup;
import io.eddy.planner.types.TypeConverter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Checks an INSERT as Flink does: the target exists and is a table, the listed columns exist and
 * can be written, the query supplies one value per target column, each of a type that converts
 * implicitly ({@link ImplicitCasts}). The query itself is validated by the {@link
 * PlanningContext}.
 */
public final class InsertValidator {

  private final PlanningContext context;

  /** Creates a validator that works within a statement's context. */
  public InsertValidator(PlanningContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /**
   * The target of the INSERT, checked against the row of its already validated source query.
   */
  public InsertTarget validate(SqlInsert insert, SqlNode validatedSource, RowType sourceRow) {
    InsertTarget target = resolveTarget(insert);
    List<Column> columns = target.targetColumns();
    if (columns.size() != sourceRow.fields().size()) {
      throw ValidationErrors.at(insert.getSource().getParserPosition(), Category.VALIDATION,
          "Column count mismatch: the query produces " + columns(sourceRow.fields().size())
              + ", but " + target.identifier().asSerializableString() + " takes "
              + columns(columns.size()));
    }
    for (int i = 0; i < columns.size(); i++) {
      DataType source = sourceRow.fields().get(i).type();
      DataType sink = columns.get(i).type();
      if (!ImplicitCasts.supports(source, sink)) {
        throw ValidationErrors.at(itemPosition(validatedSource, i, insert), Category.VALIDATION,
            "Incompatible types for sink column '" + columns.get(i).name() + "' at position "
                + (i + 1) + " of " + target.identifier().asSerializableString()
                + ": cannot write " + source.asSerializableString() + " into "
                + sink.asSerializableString());
      }
    }
    return target;
  }

  private static String columns(int count) {
    return count == 1 ? "1 column" : count + " columns";
  }

  private InsertTarget resolveTarget(SqlInsert insert) {
    if (insert instanceof SqlRichInsert rich && rich.isOverwrite()) {
      throw ValidationErrors.unsupported(insert.getParserPosition(),
          "INSERT OVERWRITE (a batch-mode statement)");
    }
    if (insert instanceof SqlRichInsert rich && !rich.staticPartitions().isEmpty()) {
      throw ValidationErrors.unsupported(rich.staticPartitionNodes().getParserPosition(),
          "INSERT with a static PARTITION clause");
    }
    SqlNode targetNode = insert.getTargetTable();
    if (targetNode.getKind() == SqlKind.TABLE_REF) {
      targetNode = ((SqlBasicCall) targetNode).operand(0);
    }
    SqlIdentifier name = (SqlIdentifier) targetNode;
    ObjectLookup objects = context.objects();
    ObjectIdentifier identifier = TableNames.qualify(name, objects);
    CatalogBaseTable found = objects.table(identifier).orElseThrow(() -> ValidationErrors.at(
        name.getParserPosition(), Category.VALIDATION,
        "Table " + identifier.asSerializableString() + " does not exist",
        Suggestions.didYouMean(identifier.objectName(),
            objects.tableNames(identifier.catalogName(), identifier.databaseName()))));
    if (!(found instanceof CatalogTable table)) {
      throw ValidationErrors.at(name.getParserPosition(), Category.VALIDATION,
          identifier.asSerializableString() + " is a view; INSERT needs a table");
    }
    List<Column> writable = table.schema().columns().stream().filter(Column::isPersisted)
        .toList();
    SqlNodeList listed = insert.getTargetColumnList();
    if (listed == null) {
      return new InsertTarget(identifier, table, writable, writable);
    }
    List<Column> targets = new ArrayList<>();
    for (SqlNode node : listed) {
      SqlIdentifier column = (SqlIdentifier) node;
      String columnName = column.getSimple();
      Column found2 = table.schema().column(columnName).orElseThrow(() -> ValidationErrors.at(
          column.getParserPosition(), Category.VALIDATION,
          "Unknown target column '" + columnName + "' in "
              + identifier.asSerializableString(),
          Suggestions.didYouMean(columnName, table.schema().columnNames())));
      if (!found2.isPersisted()) {
        throw ValidationErrors.at(column.getParserPosition(), Category.VALIDATION,
            "Column '" + columnName + "' is a " + found2.kind()
                + " column that cannot be written");
      }
      if (targets.contains(found2)) {
        throw ValidationErrors.at(column.getParserPosition(), Category.VALIDATION,
            "Target column '" + columnName + "' is listed twice");
      }
      targets.add(found2);
    }
    for (Column column : writable) {
      if (!targets.contains(column) && !column.type().nullable()) {
        throw ValidationErrors.at(listed.getParserPosition(), Category.VALIDATION,
            "Column '" + column.name() + "' has no default value and does not allow NULLs;"
                + " list it in the INSERT");
      }
    }
    return new InsertTarget(identifier, table, targets, writable);
  }

  private static SqlParserPos itemPosition(SqlNode source, int index, SqlInsert insert) {
    if (source instanceof SqlSelect select && select.getSelectList().size() > index) {
      return select.getSelectList().get(index).getParserPosition();
    }
    return insert.getSource().getParserPosition();
  }

  /**
   * The catalog row type of a validated query; repeated column names get a numeric suffix
   * ({@code url}, {@code url0}) as Calcite names them.
   */
  static RowType rowType(PlanningContext context, SqlNode validated) {
    RelDataType type = context.validatedType(validated);
    List<String> names = SqlValidatorUtil.uniquify(type.getFieldNames(), true);
    TypeConverter converter = new TypeConverter(context.typeFactory());
    List<RowType.Field> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(new RowType.Field(names.get(i),
          converter.toDataType(type.getFieldList().get(i).getType())));
    }
    return new RowType(fields, type.isNullable());
  }
}
