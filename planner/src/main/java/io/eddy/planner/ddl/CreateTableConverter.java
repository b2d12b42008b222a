package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.catalog.types.RowType;
import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateTableAs;
import io.eddy.parser.ddl.SqlCreateTableLike;
import io.eddy.parser.ddl.SqlMetadataColumn;
import io.eddy.parser.ddl.SqlPhysicalColumn;
import io.eddy.parser.ddl.SqlTableColumn;
import io.eddy.parser.ddl.SqlTableLike;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.ValidatedQuery;
import io.eddy.planner.ddl.TableDefinition.ColumnDraft;
import io.eddy.planner.ddl.TableDefinition.Part;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.QueryValidator;
import io.eddy.planner.validate.SqlText;
import io.eddy.planner.validate.TableNames;
import io.eddy.planner.validate.ValidationErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * CREATE TABLE, CREATE TABLE ... LIKE and CREATE TABLE ... AS SELECT to a validated
 * {@link CatalogTable}; see {@link TableResolver} for the checks and {@link LikeMerger} for LIKE.
 */
public final class CreateTableConverter {

  private static final int PARTITION_KEYS = 5;
  private static final int OPTIONS = 6;

  private final PlanningContext context;
  private final TableResolver resolver;

  /** Creates a converter working in a statement's context. */
  public CreateTableConverter(PlanningContext context, TableOptionsValidator optionsValidator) {
    this.context = requireNonNull(context, "context is null");
    this.resolver = new TableResolver(context, optionsValidator);
  }

  /** The catalog table the statement creates. */
  public ConvertedTable convert(SqlCreateTable create) {
    ObjectIdentifier identifier = TableNames.qualify(create.nameNode(), context.objects());
    Optional<SqlInsert> insert = Optional.empty();
    TableDefinition definition;
    if (create instanceof SqlCreateTableAs createAs) {
      insert = Optional.of(insertCopy(create, createAs.query()));
      definition = fromQuery(create, createAs.query());
    } else {
      definition = declared(create, declaredColumns(create));
    }
    if (create instanceof SqlCreateTableLike createLike) {
      definition = LikeMerger.merge(likeSource(createLike.like()), createLike.like(), definition);
    }
    CatalogTable table = resolver.resolve(definition, Optional.ofNullable(create.comment()),
        create.getParserPosition(), create.getOperandList().get(OPTIONS).getParserPosition());
    return new ConvertedTable(identifier, table, create.isTemporary(), create.ifNotExists(),
        insert);
  }

  private TableDefinition declared(SqlCreateTable create, List<ColumnDraft> columns) {
    SqlNodeList partitions = (SqlNodeList) create.getOperandList().get(PARTITION_KEYS);
    return new TableDefinition(columns, Part.declared(create.watermark()),
        Part.declared(create.primaryKey()), create.partitionKeys(),
        partitions.isEmpty() ? null : partitions, create.options());
  }

  private List<ColumnDraft> declaredColumns(SqlCreateTable create) {
    TypeSpecConverter types = new TypeSpecConverter(context);
    List<ColumnDraft> drafts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SqlTableColumn column : create.columns()) {
      if (!names.add(column.name())) {
        throw ValidationErrors.at(column.nameNode().getParserPosition(), Category.VALIDATION,
            "Column '" + column.name() + "' is declared twice");
      }
      Optional<String> comment = Optional.ofNullable(column.comment());
      Column converted = null;
      if (column instanceof SqlPhysicalColumn physical) {
        converted = new Column.PhysicalColumn(column.name(), types.toDataType(physical.type()),
            comment);
      } else if (column instanceof SqlMetadataColumn metadata) {
        converted = new Column.MetadataColumn(column.name(), types.toDataType(metadata.type()),
            Optional.ofNullable(metadata.metadataKey()), metadata.isVirtual(), comment);
      } else if (!(column instanceof SqlComputedColumn)) {
        throw ValidationErrors.unsupported(column.getParserPosition(), "Column " + column);
      }
      drafts.add(new ColumnDraft(column.name(), converted, column));
    }
    return drafts;
  }

  private TableDefinition fromQuery(SqlCreateTable create, SqlNode query) {
    if (!create.columns().isEmpty() || create.watermark().isPresent()) {
      throw ValidationErrors.unsupported(create.getParserPosition(),
          "Declaring columns or a WATERMARK in CREATE TABLE AS SELECT");
    }
    ValidatedQuery validated = new QueryValidator(context).validate(query);
    RowType row = validated.rowType();
    List<ColumnDraft> columns = new ArrayList<>();
    for (RowType.Field field : row.fields()) {
      columns.add(new ColumnDraft(field.name(), Column.physical(field.name(),
          TimeAttributes.removed(field.type())), null));
    }
    return declared(create, columns);
  }

  private SqlInsert insertCopy(SqlCreateTable create, SqlNode query) {
    SqlNode copy = context.parseQuery(SqlText.of(query));
    return new SqlInsert(create.getParserPosition(), SqlNodeList.EMPTY, create.nameNode(), copy,
        null);
  }

  private CatalogTable likeSource(SqlTableLike like) {
    ObjectIdentifier source = TableNames.qualify(like.sourceNode(), context.objects());
    CatalogBaseTable table = context.objects().table(source).orElseThrow(() ->
        ValidationErrors.at(like.sourceNode().getParserPosition(), Category.VALIDATION,
            "Source table " + source.asSerializableString() + " of the LIKE clause does not"
                + " exist"));
    if (!(table instanceof CatalogTable catalogTable)) {
      throw ValidationErrors.at(like.sourceNode().getParserPosition(), Category.VALIDATION,
          "Source table " + source.asSerializableString() + " of the LIKE clause can not be a"
              + " VIEW");
    }
    return catalogTable;
  }
}
