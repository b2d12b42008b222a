package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** The {@code LIKE source [(INCLUDING ALL OVERWRITING OPTIONS ...)]} clause of CREATE TABLE. */
public final class SqlTableLike extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("LIKE", SqlKind.OTHER);

    /** How a feature of the source table is merged into the new one. */
    public enum MergingStrategy { INCLUDING, EXCLUDING, OVERWRITING }

    /** The part of the source table an option applies to. */
    public enum Feature { ALL, CONSTRAINTS, GENERATED, METADATA, OPTIONS, PARTITIONS, WATERMARKS }

    /** One {@code STRATEGY FEATURE} pair, e.g. {@code EXCLUDING OPTIONS}. */
    public record LikeOption(MergingStrategy strategy, Feature feature) {
        public LikeOption {
            requireNonNull(strategy, "strategy is null");
            requireNonNull(feature, "feature is null");
        }

        @Override
        public String toString() {
            return strategy + " " + feature;
        }
    }

    private final SqlIdentifier source;
    private final List<LikeOption> options;

    public SqlTableLike(SqlParserPos pos, SqlIdentifier source, List<LikeOption> options) {
        super(pos);
        this.source = requireNonNull(source, "source is null");
        this.options = List.copyOf(options);
    }

    public List<String> sourceName() {
        return SqlNodes.names(source);
    }

    public SqlIdentifier sourceNode() {
        return source;
    }

    /** The options in the order written. */
    public List<LikeOption> options() {
        return options;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        List<SqlNode> symbols = new ArrayList<>();
        for (LikeOption option : options) {
            symbols.add(SqlLiteral.createSymbol(option.strategy(), SqlParserPos.ZERO));
            symbols.add(SqlLiteral.createSymbol(option.feature(), SqlParserPos.ZERO));
        }
        return List.of(source, new SqlNodeList(symbols, SqlParserPos.ZERO));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("LIKE");
        source.unparse(writer, 0, 0);
        if (!options.isEmpty()) {
            SqlWriter.Frame frame = writer.startList("(", ")");
            for (LikeOption option : options) {
                writer.keyword(option.strategy().name().toUpperCase(Locale.ROOT));
                writer.keyword(option.feature().name().toUpperCase(Locale.ROOT));
            }
            writer.endList(frame);
        }
    }
}
