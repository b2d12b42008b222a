package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;

/**
 * {@code CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (columns, primary key, watermark)
 * [COMMENT '...'] [PARTITIONED BY (...)] [WITH (...)]}. Subclasses add {@code LIKE} and
 * {@code AS query}.
 */
public class SqlCreateTable extends SqlCreate {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE TABLE", SqlKind.CREATE_TABLE);

    private final SqlIdentifier name;
    private final SqlNodeList columns;
    private final SqlPrimaryKey primaryKey;
    private final SqlWatermark watermark;
    private final SqlNode comment;
    private final SqlNodeList partitionKeys;
    private final SqlNodeList options;
    private final boolean temporary;

    /** The parts of a table definition, as parsed. */
    public record Definition(SqlIdentifier name, SqlNodeList columns, SqlPrimaryKey primaryKey,
            SqlWatermark watermark, SqlNode comment, SqlNodeList partitionKeys, SqlNodeList options,
            boolean temporary, boolean ifNotExists) {
        public Definition {
            requireNonNull(name, "name is null");
            requireNonNull(columns, "columns is null");
            requireNonNull(partitionKeys, "partitionKeys is null");
            requireNonNull(options, "options is null");
        }
    }

    public SqlCreateTable(SqlParserPos pos, Definition definition) {
        this(OPERATOR, pos, definition);
    }

    protected SqlCreateTable(SqlOperator operator, SqlParserPos pos, Definition definition) {
        super(operator, pos, false, definition.ifNotExists());
        this.name = definition.name();
        this.columns = definition.columns();
        this.primaryKey = definition.primaryKey();
        this.watermark = definition.watermark();
        this.comment = definition.comment();
        this.partitionKeys = definition.partitionKeys();
        this.options = definition.options();
        this.temporary = definition.temporary();
    }

    public SqlIdentifier nameNode() {
        return name;
    }

    /** {@code [catalog, database, table]}, as many parts as were written. */
    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    /** The columns in declaration order. */
    public List<SqlTableColumn> columns() {
        List<SqlTableColumn> list = new ArrayList<>();
        columns.forEach(node -> list.add((SqlTableColumn) node));
        return List.copyOf(list);
    }

    public Optional<SqlPrimaryKey> primaryKey() {
        return Optional.ofNullable(primaryKey);
    }

    public Optional<SqlWatermark> watermark() {
        return Optional.ofNullable(watermark);
    }

    /** The table comment, or null. */
    public String comment() {
        return SqlNodes.stringValue(comment);
    }

    public List<String> partitionKeys() {
        return SqlNodes.simpleNames(partitionKeys);
    }

    /** The {@code WITH} options in declaration order. */
    public Map<String, String> options() {
        return SqlNodes.options(options);
    }

    public boolean isTemporary() {
        return temporary;
    }

    public boolean ifNotExists() {
        return ifNotExists;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(name, columns, primaryKey, watermark, comment, partitionKeys, options,
                SqlNodes.flag(temporary), SqlNodes.flag(ifNotExists));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlNodes.unparseCreateHead(writer, "TABLE", temporary, false, ifNotExists, name);
        if (!columns.isEmpty() || primaryKey != null || watermark != null) {
            SqlWriter.Frame frame = writer.startList("(", ")");
            for (SqlNode column : columns) {
                writer.sep(",");
                column.unparse(writer, 0, 0);
            }
            if (primaryKey != null) {
                writer.sep(",");
                primaryKey.unparse(writer, 0, 0);
            }
            if (watermark != null) {
                writer.sep(",");
                watermark.unparse(writer, 0, 0);
            }
            writer.endList(frame);
        }
        SqlNodes.unparseComment(writer, comment);
        if (!partitionKeys.isEmpty()) {
            writer.keyword("PARTITIONED BY");
            SqlNodes.unparseParenthesized(writer, partitionKeys);
        }
        SqlNodes.unparseOptions(writer, "WITH", options);
    }
}
