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

import io.eddy.parser.SqlNodes;

/** {@code CREATE CATALOG [IF NOT EXISTS] name WITH ('type' = '...', ...)}. */
public final class SqlCreateCatalog extends SqlCreate {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE CATALOG", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final SqlNodeList options;

    public SqlCreateCatalog(SqlParserPos pos, SqlIdentifier name, SqlNodeList options, boolean ifNotExists) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = requireNonNull(name, "name is null");
        this.options = requireNonNull(options, "options is null");
    }

    public String name() {
        return name.getSimple();
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
        return List.of(name, options, SqlNodes.flag(ifNotExists));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlNodes.unparseCreateHead(writer, "CATALOG", false, false, ifNotExists, name);
        SqlNodes.unparseOptions(writer, "WITH", options);
    }
}
