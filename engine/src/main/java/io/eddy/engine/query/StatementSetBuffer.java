package io.eddy.engine.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * The INSERT statements a session buffers between {@code BEGIN STATEMENT SET} and {@code END},
 * each validated when it is added. Owned by one session.
 */
public final class StatementSetBuffer {

    private List<SqlNode> inserts;

    /** Whether a {@code BEGIN STATEMENT SET} is open. */
    public boolean isOpen() {
        return inserts != null;
    }

    /** Opens a statement set. */
    public void open() {
        inserts = new ArrayList<>();
    }

    /** Adds a validated INSERT to the open set. */
    public void add(SqlNode insert) {
        if (inserts == null) {
            throw new IllegalStateException("no statement set is open");
        }
        inserts.add(insert);
    }

    /** Closes the open set and returns its INSERTs. */
    public List<SqlNode> close() {
        List<SqlNode> buffered = inserts == null ? List.of() : List.copyOf(inserts);
        inserts = null;
        return buffered;
    }

    /** The number of buffered INSERTs. */
    public int size() {
        return inserts == null ? 0 : inserts.size();
    }
}
