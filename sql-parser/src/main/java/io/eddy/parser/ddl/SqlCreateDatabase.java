package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

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

/** {@code CREATE DATABASE [IF NOT EXISTS] [catalog.]db [COMMENT '...'] [WITH (...)]}. */
public final class SqlCreateDatabase extends SqlCreate {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE DATABASE", SqlKind.CREATE_SCHEMA);

    private final SqlIdentifier name;
    private final SqlNode comment;
    private final SqlNodeList options;

    public SqlCreateDatabase(SqlParserPos pos, SqlIdentifier name, SqlNode comment, SqlNodeList options,
            boolean ifNotExists) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = requireNonNull(name, "name is null");
        this.comment = comment;
        this.options = requireNonNull(options, "options is null");
    }

    /** {@code [catalog, db]} or {@code [db]}. */
    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    public String comment() {
        return SqlNodes.stringValue(comment);
    }

    public Map<String, String> options() {
        return SqlNodes.options(options);
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
        return ImmutableNullableList.of(name, comment, options, SqlNodes.flag(ifNotExists));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlNodes.unparseCreateHead(writer, "DATABASE", false, false, ifNotExists, name);
        SqlNodes.unparseComment(writer, comment);
        SqlNodes.unparseOptions(writer, "WITH", options);
    }
}
