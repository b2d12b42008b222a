package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogException;
import io.eddy.catalog.TableNotExistException;
import io.eddy.engine.error.StatementException;
import io.eddy.jdbc.spi.EddySqlException;
import java.util.function.Supplier;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/**
 * Runs catalog operations for a statement and gives the catalog's errors the position of the
 * statement node they concern.
 */
public final class Positions {

    private Positions() {
    }

    /** The first name a statement carries (where its errors are reported), or the statement itself. */
    public static SqlNode nameOf(SqlNode node) {
        if (node instanceof SqlCall call) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand instanceof SqlIdentifier) {
                    return operand;
                }
            }
        }
        return node;
    }

    /** Runs {@code action}; a {@link CatalogException} is reported at {@code node}. */
    public static void run(SqlNode node, Runnable action) {
        get(node, () -> {
            action.run();
            return null;
        });
    }

    /** Computes a value; a {@link CatalogException} is reported at {@code node}. */
    public static <T> T get(SqlNode node, Supplier<T> action) {
        try {
            return action.get();
        } catch (CatalogException e) {
            String state = e instanceof TableNotExistException
                    ? EddySqlException.UNKNOWN_OBJECT : EddySqlException.SYNTAX_OR_VALIDATION;
            throw StatementException.at(nameOf(node), e.getMessage(), state, null);
        }
    }
}
