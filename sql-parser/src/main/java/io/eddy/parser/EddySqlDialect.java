package io.eddy.parser;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;

/**
 * The SQL dialect Eddy writes: backquoted identifiers with their case kept and table hints
 * ({@code /*+ OPTIONS(...) *}{@code /}) kept, so that unparsed SQL parses back to the same tree.
 */
public final class EddySqlDialect extends SqlDialect {

    public static final EddySqlDialect INSTANCE = new EddySqlDialect();

    private EddySqlDialect() {
        super(EMPTY_CONTEXT
                .withIdentifierQuoteString("`")
                .withQuotedCasing(Casing.UNCHANGED)
                .withUnquotedCasing(Casing.UNCHANGED)
                .withCaseSensitive(true)
                .withNullCollation(NullCollation.LOW));
    }

    @Override
    public void unparseTableScanHints(SqlWriter writer, SqlNodeList hints, int leftPrec, int rightPrec) {
        writer.print("/*+ ");
        boolean first = true;
        for (SqlNode hint : hints) {
            if (!first) {
                writer.print(", ");
            }
            hint.unparse(writer, 0, 0);
            first = false;
        }
        writer.print(" */");
    }
}
