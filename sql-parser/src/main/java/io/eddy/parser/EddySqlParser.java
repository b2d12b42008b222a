package io.eddy.parser;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

import io.eddy.parser.impl.EddySqlParserImpl;

/**
 * Eddy's entry point for parsing Flink-dialect SQL: statements, scripts and expressions. Errors come
 * out as {@link SqlParseError} with a one-line message. Instances hold no state and are thread safe.
 */
public final class EddySqlParser {

    /** Writes SQL the parser reads back: backquoted identifiers, case kept, hints kept. */
    public static final SqlDialect DIALECT = EddySqlDialect.INSTANCE;

    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*(?s:.*?)\\*/");

    private static final SqlParser.Config CONFIG = SqlParser.config()
            .withParserFactory(EddySqlParserImpl.FACTORY)
            .withQuoting(Quoting.BACK_TICK)
            .withQuotedCasing(Casing.UNCHANGED)
            .withUnquotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true)
            .withIdentifierMaxLength(256)
            .withConformance(EddySqlConformance.INSTANCE);

    /** The parser configuration (Flink's lexical rules); usable with Calcite's own tools. */
    public static SqlParser.Config config() {
        return CONFIG;
    }

    /** Parses exactly one statement; a trailing {@code ;} is allowed. */
    public SqlNode parseStatement(String sql) {
        List<SqlNode> statements = parseStatements(sql);
        if (statements.size() != 1) {
            int line = 1;
            int column = 1;
            if (statements.size() > 1) {
                line = statements.get(1).getParserPosition().getLineNum();
                column = statements.get(1).getParserPosition().getColumnNum();
            }
            String message = statements.isEmpty()
                    ? "Syntax error at line 1, column 1: empty statement"
                    : String.format("Syntax error at line %d, column %d: expected one statement but found %d",
                            line, column, statements.size());
            throw new SqlParseError(message, line, column, line, column, null);
        }
        return statements.get(0);
    }

    /** Parses a script of statements separated by {@code ;}. */
    public List<SqlNode> parseStatements(String script) {
        if (COMMENTS.matcher(script).replaceAll("").isBlank()) {
            return List.of();
        }
        try {
            SqlNodeList list = SqlParser.create(script, CONFIG).parseStmtList();
            return List.copyOf(list.getList());
        } catch (SqlParseException e) {
            throw ParseErrorMessages.toError(script, e);
        }
    }

    /** Parses a scalar expression, e.g. a computed column or a watermark strategy stored as text. */
    public SqlNode parseExpression(String expression) {
        try {
            return SqlParser.create(expression, CONFIG).parseExpression();
        } catch (SqlParseException e) {
            throw ParseErrorMessages.toError(expression, e);
        }
    }

    /** Writes a node as SQL in Eddy's dialect (backquoted identifiers). */
    public static String toSql(SqlNode node) {
        return node.toSqlString(c -> c.withDialect(DIALECT).withAlwaysUseParentheses(false)).getSql();
    }
}
