package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
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
 * {@code [CONSTRAINT name] PRIMARY KEY (a, b) [NOT] ENFORCED}. A column-level
 * {@code PRIMARY KEY NOT ENFORCED} is parsed into this form too, with the one column.
 */
public final class SqlPrimaryKey extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("PRIMARY KEY", SqlKind.PRIMARY_KEY);

    private final SqlIdentifier constraintName;
    private final SqlNodeList columns;
    private final boolean enforced;

    public SqlPrimaryKey(SqlParserPos pos, SqlIdentifier constraintName, SqlNodeList columns, boolean enforced) {
        super(pos);
        this.constraintName = constraintName;
        this.columns = requireNonNull(columns, "columns is null");
        this.enforced = enforced;
    }

    /** The constraint name, or null when none was given. */
    public String constraintName() {
        return constraintName == null ? null : constraintName.getSimple();
    }

    public List<String> columns() {
        return SqlNodes.simpleNames(columns);
    }

    public SqlNodeList columnNodes() {
        return columns;
    }

    /** True when written {@code ENFORCED}; Flink (and Eddy) only accept NOT ENFORCED later on. */
    public boolean isEnforced() {
        return enforced;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(constraintName, columns, SqlNodes.flag(enforced));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        if (constraintName != null) {
            writer.keyword("CONSTRAINT");
            constraintName.unparse(writer, 0, 0);
        }
        writer.keyword("PRIMARY KEY");
        SqlNodes.unparseParenthesized(writer, columns);
        writer.keyword(enforced ? "ENFORCED" : "NOT ENFORCED");
    }
}
