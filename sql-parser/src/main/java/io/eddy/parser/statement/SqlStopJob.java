package io.eddy.parser.statement;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** {@code STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]}. */
public final class SqlStopJob extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("STOP JOB", SqlKind.OTHER);

    private final SqlNode jobId;
    private final boolean withSavepoint;
    private final boolean withDrain;

    public SqlStopJob(SqlParserPos pos, SqlNode jobId, boolean withSavepoint, boolean withDrain) {
        super(pos);
        this.jobId = requireNonNull(jobId, "jobId is null");
        this.withSavepoint = withSavepoint;
        this.withDrain = withDrain;
    }

    public String jobId() {
        return SqlNodes.stringValue(jobId);
    }

    public boolean withSavepoint() {
        return withSavepoint;
    }

    /** True for {@code WITH DRAIN}: sources emit a final watermark before stopping. */
    public boolean withDrain() {
        return withDrain;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(jobId, SqlNodes.flag(withSavepoint), SqlNodes.flag(withDrain));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("STOP JOB");
        jobId.unparse(writer, 0, 0);
        if (withSavepoint) {
            writer.keyword("WITH SAVEPOINT");
        }
        if (withDrain) {
            writer.keyword("WITH DRAIN");
        }
    }
}
