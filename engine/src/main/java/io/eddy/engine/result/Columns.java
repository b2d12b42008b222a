package io.eddy.engine.result;

import io.eddy.jdbc.spi.ResultColumn;
import java.sql.Types;

/** Builds the {@link ResultColumn}s of the engine's own results. */
public final class Columns {

    private Columns() {
    }

    /** A {@code STRING} column. */
    public static ResultColumn string(String name, boolean nullable) {
        return new ResultColumn(name, "STRING", Types.VARCHAR, nullable, Integer.MAX_VALUE, 0);
    }

    /** A {@code BOOLEAN} column. */
    public static ResultColumn bool(String name, boolean nullable) {
        return new ResultColumn(name, "BOOLEAN", Types.BOOLEAN, nullable, 1, 0);
    }
}
