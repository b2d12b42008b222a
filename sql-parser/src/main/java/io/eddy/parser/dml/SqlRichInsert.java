package io.eddy.parser.dml;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlTableRef;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;

import io.eddy.parser.SqlNodes;
import io.eddy.parser.ddl.SqlOption;

/**
 * {@code INSERT INTO|OVERWRITE [catalog.][db.]t [PARTITION (k = v, ...)] [(cols)] query}: Calcite's
 * INSERT plus Flink's OVERWRITE and static partition values.
 */
public final class SqlRichInsert extends SqlInsert {

    private final boolean overwrite;
    private final SqlNodeList staticPartitions;

    public SqlRichInsert(SqlParserPos pos, SqlNodeList keywords, boolean overwrite, SqlNode targetTable,
            SqlNodeList staticPartitions, SqlNode source, SqlNodeList columnList) {
        super(pos, keywords, targetTable, source, columnList);
        this.overwrite = overwrite;
        this.staticPartitions = requireNonNull(staticPartitions, "staticPartitions is null");
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    /** The target table name parts (without hints). */
    public java.util.List<String> targetName() {
        SqlNode target = getTargetTable();
        if (target instanceof SqlTableRef ref) {
            target = ref.operand(0);
        }
        return SqlNodes.names((SqlIdentifier) target);
    }

    /** The {@code PARTITION (k = v)} values as literals, in the order written. */
    public Map<String, SqlLiteral> staticPartitions() {
        Map<String, SqlLiteral> map = new LinkedHashMap<>();
        for (SqlNode node : staticPartitions) {
            SqlOption option = (SqlOption) node;
            map.put(option.key(), (SqlLiteral) option.valueNode());
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public SqlNodeList staticPartitionNodes() {
        return staticPartitions;
    }

    @Override
    public boolean equalsDeep(SqlNode node, Litmus litmus) {
        if (!(node instanceof SqlRichInsert that)) {
            return litmus.fail("{} != {}", this, node);
        }
        if (overwrite != that.overwrite) {
            return litmus.fail("{} != {}", this, node);
        }
        return staticPartitions.equalsDeep(that.staticPartitions, litmus) && super.equalsDeep(node, litmus);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SELECT);
        writer.sep(isUpsert() ? "UPSERT" : "INSERT");
        writer.keyword(overwrite ? "OVERWRITE" : "INTO");
        getTargetTable().unparse(writer, getOperator().getLeftPrec(), getOperator().getRightPrec());
        if (!staticPartitions.isEmpty()) {
            writer.keyword("PARTITION");
            SqlNodes.unparseParenthesized(writer, staticPartitions);
        }
        if (getTargetColumnList() != null) {
            SqlNodes.unparseParenthesized(writer, getTargetColumnList());
        }
        writer.newlineAndIndent();
        getSource().unparse(writer, 0, 0);
        writer.endList(frame);
    }
}
