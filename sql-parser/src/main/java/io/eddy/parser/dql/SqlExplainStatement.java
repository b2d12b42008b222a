package io.eddy.parser.dql;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code EXPLAIN [PLAN FOR] statement} or {@code EXPLAIN detail[, detail]* statement} with Flink's
 * details; the statement is a query, an INSERT or a statement set.
 */
public final class SqlExplainStatement extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("EXPLAIN", SqlKind.OTHER);

    /** The extra information EXPLAIN may show. */
    public enum Detail {
        CHANGELOG_MODE, ESTIMATED_COST, JSON_EXECUTION_PLAN, PLAN_ADVICE,
        /** Beyond Flink: the Java source generated for the plan's per-record code. */
        GENERATED_CODE
    }

    private final SqlNode statement;
    private final Set<Detail> details;

    public SqlExplainStatement(SqlParserPos pos, SqlNode statement, Set<Detail> details) {
        super(pos);
        this.statement = requireNonNull(statement, "statement is null");
        this.details = Set.copyOf(new LinkedHashSet<>(details));
    }

    public SqlNode statement() {
        return statement;
    }

    public Set<Detail> details() {
        return details;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        List<SqlNode> symbols = new ArrayList<>();
        for (Detail detail : Detail.values()) {
            if (details.contains(detail)) {
                symbols.add(SqlLiteral.createSymbol(detail, SqlParserPos.ZERO));
            }
        }
        return List.of(statement, new SqlNodeList(symbols, SqlParserPos.ZERO));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("EXPLAIN");
        if (!details.isEmpty()) {
            SqlWriter.Frame frame = writer.startList("", "");
            for (Detail detail : Detail.values()) {
                if (details.contains(detail)) {
                    writer.sep(",");
                    writer.keyword(detail.name());
                }
            }
            writer.endList(frame);
        }
        writer.newlineAndIndent();
        statement.unparse(writer, 0, 0);
    }
}
