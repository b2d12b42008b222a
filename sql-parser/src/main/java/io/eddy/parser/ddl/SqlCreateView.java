package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

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

/** {@code CREATE [TEMPORARY] VIEW [IF NOT EXISTS] name [(col, ...)] [COMMENT '...'] AS query}. */
public final class SqlCreateView extends SqlCreate {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE VIEW", SqlKind.CREATE_VIEW);

    private final SqlIdentifier name;
    private final SqlNodeList columnNames;
    private final SqlNode comment;
    private final SqlNode query;
    private final boolean temporary;

    public SqlCreateView(SqlParserPos pos, SqlIdentifier name, SqlNodeList columnNames, SqlNode comment,
            SqlNode query, boolean temporary, boolean ifNotExists) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = requireNonNull(name, "name is null");
        this.columnNames = requireNonNull(columnNames, "columnNames is null");
        this.comment = comment;
        this.query = requireNonNull(query, "query is null");
        this.temporary = temporary;
    }

    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    /** The column names given after the view name; empty when the query's names are used. */
    public List<String> columnNames() {
        return SqlNodes.simpleNames(columnNames);
    }

    public String comment() {
        return SqlNodes.stringValue(comment);
    }

    public SqlNode query() {
        return query;
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
        return ImmutableNullableList.of(name, columnNames, comment, query, SqlNodes.flag(temporary),
                SqlNodes.flag(ifNotExists));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlNodes.unparseCreateHead(writer, "VIEW", temporary, false, ifNotExists, name);
        if (!columnNames.isEmpty()) {
            SqlNodes.unparseParenthesized(writer, columnNames);
        }
        SqlNodes.unparseComment(writer, comment);
        writer.keyword("AS");
        writer.newlineAndIndent();
        query.unparse(writer, 0, 0);
    }
}
