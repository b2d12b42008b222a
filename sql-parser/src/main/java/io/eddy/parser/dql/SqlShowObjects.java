package io.eddy.parser.dql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;

/**
 * {@code SHOW <objects> [FROM|IN scope] [[NOT] LIKE 'pattern']}: the shape shared by SHOW DATABASES,
 * TABLES, VIEWS, FUNCTIONS and COLUMNS.
 */
public abstract sealed class SqlShowObjects extends SqlCall
        permits SqlShowDatabases, SqlShowTables, SqlShowViews, SqlShowFunctions, SqlShowColumns {

    /** A {@code [NOT] LIKE 'pattern'} filter. */
    public record LikeFilter(boolean negated, String pattern) {
        public LikeFilter {
            requireNonNull(pattern, "pattern is null");
        }
    }

    private final SqlOperator operator;
    private final String preposition;
    private final SqlIdentifier scope;
    private final boolean notLike;
    private final SqlNode likePattern;

    protected SqlShowObjects(SqlParserPos pos, SqlOperator operator, String preposition, SqlIdentifier scope,
            boolean notLike, SqlNode likePattern) {
        super(pos);
        this.operator = requireNonNull(operator, "operator is null");
        this.preposition = scope == null ? null : requireNonNull(preposition, "preposition is null");
        this.scope = scope;
        this.notLike = notLike;
        this.likePattern = likePattern;
    }

    /** The name after FROM/IN (catalog, database or table), or empty for the current one. */
    public Optional<List<String>> scope() {
        return scope == null ? Optional.empty() : Optional.of(SqlNodes.names(scope));
    }

    public Optional<LikeFilter> like() {
        return likePattern == null
                ? Optional.empty()
                : Optional.of(new LikeFilter(notLike, SqlNodes.stringValue(likePattern)));
    }

    @Override
    public SqlOperator getOperator() {
        return operator;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(scope, SqlNodes.flag(notLike), likePattern);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(operator.getName());
        if (scope != null) {
            writer.keyword(preposition);
            scope.unparse(writer, 0, 0);
        }
        if (likePattern != null) {
            writer.keyword(notLike ? "NOT LIKE" : "LIKE");
            likePattern.unparse(writer, 0, 0);
        }
    }
}
