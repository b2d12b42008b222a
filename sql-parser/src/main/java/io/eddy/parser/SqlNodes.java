package io.eddy.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.ddl.SqlOption;

/**
 * Small helpers shared by Eddy's SqlNode classes: turning parsed nodes into plain Java values and
 * writing the recurring clauses ({@code COMMENT '...'}, {@code WITH (...)}) back as SQL.
 */
public final class SqlNodes {

    private SqlNodes() {
    }

    /** The string value of a character literal, or null when the node is null. */
    public static String stringValue(SqlNode literal) {
        if (literal == null) {
            return null;
        }
        return ((SqlLiteral) literal).getValueAs(String.class);
    }

    /** The parts of an identifier, as written (case kept). */
    public static List<String> names(SqlIdentifier identifier) {
        return List.copyOf(identifier.names);
    }

    /** The simple names of a list of identifiers, in order. */
    public static List<String> simpleNames(SqlNodeList identifiers) {
        List<String> names = new ArrayList<>();
        for (SqlNode node : identifiers) {
            names.add(((SqlIdentifier) node).getSimple());
        }
        return Collections.unmodifiableList(names);
    }

    /** The options of a {@code WITH ('k' = 'v', ...)} list in declaration order. */
    public static Map<String, String> options(SqlNodeList options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (SqlNode node : options) {
            SqlOption option = (SqlOption) node;
            map.put(option.key(), option.value());
        }
        return Collections.unmodifiableMap(map);
    }

    /** The string values of a list of character literals, in order. */
    public static List<String> stringValues(SqlNodeList literals) {
        List<String> values = new ArrayList<>();
        for (SqlNode node : literals) {
            values.add(stringValue(node));
        }
        return Collections.unmodifiableList(values);
    }

    /** A boolean literal used as an operand so that {@code equalsDeep} sees flags. */
    public static SqlLiteral flag(boolean value) {
        return SqlLiteral.createBoolean(value, SqlParserPos.ZERO);
    }

    /** An empty node list at no position. */
    public static SqlNodeList emptyList() {
        return new SqlNodeList(SqlParserPos.ZERO);
    }

    /** Writes {@code CREATE [TEMPORARY] [SYSTEM] <object> [IF NOT EXISTS] name}. */
    public static void unparseCreateHead(SqlWriter writer, String object, boolean temporary, boolean system,
            boolean ifNotExists, SqlNode name) {
        writer.keyword("CREATE");
        if (temporary) {
            writer.keyword("TEMPORARY");
        }
        if (system) {
            writer.keyword("SYSTEM");
        }
        writer.keyword(object);
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
    }

    /** Writes {@code COMMENT 'text'} when a comment is present. */
    public static void unparseComment(SqlWriter writer, SqlNode comment) {
        if (comment != null) {
            writer.keyword("COMMENT");
            comment.unparse(writer, 0, 0);
        }
    }

    /** Writes {@code (a, b, ...)}: a parenthesized, comma separated list. */
    public static void unparseParenthesized(SqlWriter writer, SqlNodeList nodes) {
        SqlWriter.Frame frame = writer.startList("(", ")");
        for (SqlNode node : nodes) {
            writer.sep(",");
            node.unparse(writer, 0, 0);
        }
        writer.endList(frame);
    }

    /** Writes {@code keyword (options)} when the option list is not empty. */
    public static void unparseOptions(SqlWriter writer, String keyword, SqlNodeList options) {
        if (options != null && !options.isEmpty()) {
            writer.keyword(keyword);
            unparseParenthesized(writer, options);
        }
    }
}
