package io.eddy.engine.ddl;

import io.eddy.catalog.types.SqlQuoting;
import io.eddy.engine.error.StatementException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlNode;

/** Checks on the object names statements carry. */
public final class Names {

    private Names() {
    }

    /** The one part of a name that must not be qualified, e.g. a catalog name. */
    public static String single(SqlNode node, List<String> parts, String what) {
        if (parts.size() != 1) {
            throw tooManyParts(node, parts, what);
        }
        return parts.get(0);
    }

    /** "Name `a`.`b` has 2 parts, but a catalog name is catalog". */
    public static StatementException tooManyParts(SqlNode node, List<String> parts, String expected) {
        return StatementException.invalid(Positions.nameOf(node), "Name " + quoted(parts) + " has " + parts.size()
                + " parts, but expected " + expected, null);
    }

    /** {@code `a`.`b`}. */
    public static String quoted(List<String> parts) {
        return parts.stream().map(SqlQuoting::identifier).collect(Collectors.joining("."));
    }
}
