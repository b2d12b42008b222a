package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogException;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.TimestampType;
import io.eddy.catalog.types.TypeRoot;
import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlWatermark;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.ddl.TableDefinition.ColumnDraft;
import io.eddy.planner.types.TypeConverter;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.SqlText;
import io.eddy.planner.validate.Suggestions;
import io.eddy.planner.validate.ValidationErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns a {@link TableDefinition} into a valid {@link CatalogTable} as Flink does: computed
 * columns are typed from their expressions over the physical and metadata columns, the WATERMARK
 * column must exist and be TIMESTAMP(p)/TIMESTAMP_LTZ(p) with p &lt;= 3 and so must its strategy
 * expression, primary key columns must be physical columns and NOT ENFORCED, partition keys must
 * be physical columns, and the options must suit the connector.
 */
final class TableResolver {

  private final PlanningContext context;
  private final TableOptionsValidator optionsValidator;
  private final TypeConverter types;

  TableResolver(PlanningContext context, TableOptionsValidator optionsValidator) {
    this.context = requireNonNull(context, "context is null");
    this.optionsValidator = requireNonNull(optionsValidator, "optionsValidator is null");
    this.types = new TypeConverter(context.typeFactory());
  }

  /** The catalog table; {@code position} is where schema-wide errors are reported. */
  CatalogTable resolve(TableDefinition definition, Optional<String> comment, SqlParserPos position,
      SqlParserPos optionsPosition) {
    List<Column> columns = typeColumns(definition.columns());
    Optional<WatermarkSpec> watermark = definition.watermark().inherited()
        .or(() -> definition.watermark().declared().map(w -> watermark(w, columns)));
    Optional<PrimaryKey> primaryKey = definition.primaryKey().inherited()
        .or(() -> definition.primaryKey().declared().map(k -> primaryKey(k, columns)));
    checkPartitionKeys(definition, columns);
    TableSchema schema;
    CatalogTable table;
    try {
      schema = new TableSchema(columns, watermark, primaryKey);
      table = new CatalogTable(schema, comment, definition.partitionKeys(), definition.options());
    } catch (CatalogException error) {
      throw ValidationErrors.at(position, Category.VALIDATION, error.getMessage());
    }
    validateOptions(table, optionsPosition);
    return table;
  }

  /** Checks the options of a table with the connector's declared options. */
  void validateOptions(CatalogTable table, SqlParserPos position) {
    try {
      optionsValidator.validate(table.schema(), table.options());
    } catch (CatalogException error) {
      throw ValidationErrors.at(position, Category.CATALOG, error.getMessage());
    }
  }

  private List<Column> typeColumns(List<ColumnDraft> drafts) {
    Map<String, RelDataType> scope = new LinkedHashMap<>();
    for (ColumnDraft draft : drafts) {
      if (!draft.isComputed()) {
        scope.put(draft.name(), types.toRelDataType(draft.column().type()));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (ColumnDraft draft : drafts) {
      if (draft.column() != null) {
        columns.add(draft.column());
        continue;
      }
      SqlComputedColumn computed = (SqlComputedColumn) draft.declared();
      String text = SqlText.of(computed.expression());
      RelDataType type = context.validateExpression(computed.expression(), scope);
      DataType dataType = types.toDataType(type);
      columns.add(new Column.ComputedColumn(draft.name(), dataType, text,
          Optional.ofNullable(computed.comment())));
    }
    return columns;
  }

  private WatermarkSpec watermark(SqlWatermark declared, List<Column> columns) {
    SqlIdentifier rowtime = declared.eventTimeColumn();
    if (!rowtime.isSimple()) {
      throw ValidationErrors.unsupported(rowtime.getParserPosition(),
          "A WATERMARK on a nested field (" + rowtime + ")");
    }
    String name = rowtime.getSimple();
    Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> ValidationErrors.at(rowtime.getParserPosition(), Category.VALIDATION,
            "Invalid column name '" + name + "' for rowtime attribute in watermark declaration."
                + " Available columns are: " + names(columns),
            Suggestions.didYouMean(name, names(columns))));
    if (!isTimeAttributeType(column.type())) {
      throw ValidationErrors.at(rowtime.getParserPosition(), Category.VALIDATION,
          "Invalid data type of time field for watermark definition. The field must be of type"
              + " TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3,"
              + " but the time field type is " + column.type().asSerializableString());
    }
    Map<String, RelDataType> scope = new LinkedHashMap<>();
    columns.forEach(c -> scope.put(c.name(),
        context.typeFactory().withoutTimeIndicators(types.toRelDataType(c.type()))));
    SqlNode strategy = declared.strategy();
    String text = SqlText.of(strategy);
    DataType strategyType = types.toDataType(context.validateExpression(strategy, scope));
    if (!isTimeAttributeType(strategyType)) {
      throw ValidationErrors.at(strategy.getParserPosition(), Category.VALIDATION,
          "Invalid data type of expression for watermark definition. The field must be of type"
              + " TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3,"
              + " but the watermark expression type is " + strategyType.asSerializableString());
    }
    return new WatermarkSpec(name, text);
  }

  private static boolean isTimeAttributeType(DataType type) {
    return (type.root() == TypeRoot.TIMESTAMP || type.root() == TypeRoot.TIMESTAMP_LTZ)
        && ((TimestampType) type).precision() <= 3;
  }

  private static PrimaryKey primaryKey(SqlPrimaryKey declared, List<Column> columns) {
    if (declared.isEnforced()) {
      throw ValidationErrors.at(declared.getParserPosition(), Category.UNSUPPORTED,
          "PRIMARY KEY ... ENFORCED is not supported: Eddy does not own the data, so the only"
              + " supported mode is NOT ENFORCED");
    }
    List<String> keyColumns = new ArrayList<>();
    for (SqlNode node : declared.columnNodes()) {
      String name = ((SqlIdentifier) node).getSimple();
      Column column = find(columns, name, node.getParserPosition(), "Primary key");
      if (!column.isPhysical()) {
        throw ValidationErrors.at(node.getParserPosition(), Category.VALIDATION,
            "Primary key column '" + name + "' must be a physical column, but it is a "
                + column.kind() + " column");
      }
      if (keyColumns.contains(name)) {
        throw ValidationErrors.at(node.getParserPosition(), Category.VALIDATION,
            "Primary key column '" + name + "' is listed twice");
      }
      keyColumns.add(name);
    }
    return declared.constraintName() == null ? PrimaryKey.of(keyColumns)
        : new PrimaryKey(declared.constraintName(), keyColumns);
  }

  private static void checkPartitionKeys(TableDefinition definition, List<Column> columns) {
    if (definition.declaredPartitions() == null) {
      return;
    }
    for (SqlNode node : definition.declaredPartitions()) {
      String name = ((SqlIdentifier) node).getSimple();
      Column column = find(columns, name, node.getParserPosition(), "Partition key");
      if (!column.isPhysical()) {
        throw ValidationErrors.at(node.getParserPosition(), Category.VALIDATION,
            "Partition key '" + name + "' must be a physical column, but it is a "
                + column.kind() + " column");
      }
    }
  }

  private static Column find(List<Column> columns, String name, SqlParserPos position,
      String role) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> ValidationErrors.at(position, Category.VALIDATION,
            role + " column '" + name + "' is not a column of the table",
            Suggestions.didYouMean(name, names(columns))));
  }

  private static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
