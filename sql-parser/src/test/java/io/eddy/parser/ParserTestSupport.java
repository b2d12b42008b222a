package io.eddy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.Litmus;

/** Parsing helpers shared by the parser tests. */
final class ParserTestSupport {

    static final EddySqlParser PARSER = new EddySqlParser();

    private ParserTestSupport() {
    }

    /** Parses, unparses, parses again and checks that the trees and the SQL text agree. */
    static SqlNode roundTrip(String sql) {
        SqlNode first = PARSER.parseStatement(sql);
        String unparsed = EddySqlParser.toSql(first);
        SqlNode second;
        try {
            second = PARSER.parseStatement(unparsed);
        } catch (SqlParseError e) {
            throw new AssertionError("unparsed SQL does not parse: " + unparsed + "\n" + e.getMessage(), e);
        }
        assertThat(first.equalsDeep(second, Litmus.IGNORE))
                .as("tree of %s%nequals tree of %s", sql, unparsed)
                .isTrue();
        assertThat(EddySqlParser.toSql(second)).isEqualTo(unparsed);
        return first;
    }

    @SuppressWarnings("unchecked")
    static <T extends SqlNode> T parse(String sql, Class<T> type) {
        SqlNode node = roundTrip(sql);
        assertThat(node).isInstanceOf(type);
        return (T) node;
    }
}
