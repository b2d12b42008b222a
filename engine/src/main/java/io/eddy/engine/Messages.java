package io.eddy.engine;

import io.eddy.jdbc.spi.UpdateResult;

/** The status messages statements report, worded as Flink's SQL client words them. */
public final class Messages {

    /** What DDL, {@code USE}, {@code SET} and {@code RESET} report. */
    public static final String SUCCEEDED = "Execute statement succeeded.";
    /** What {@code BEGIN STATEMENT SET} reports. */
    public static final String STATEMENT_SET_BEGUN = "Begin a statement set.";
    /** What an INSERT inside {@code BEGIN STATEMENT SET} reports. */
    public static final String ADDED_TO_STATEMENT_SET = "Add SQL update statement to the statement set.";
    /** What an empty {@code BEGIN STATEMENT SET ... END} reports. */
    public static final String EMPTY_STATEMENT_SET = "No SQL statement is in the statement set.";

    private Messages() {
    }

    /** The result of a statement that succeeded without rows. */
    public static UpdateResult succeeded() {
        return UpdateResult.withMessage(SUCCEEDED);
    }
}
