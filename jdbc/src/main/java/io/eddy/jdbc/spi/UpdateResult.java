package io.eddy.jdbc.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The outcome of a statement that produces no rows.
 *
 * @param updateCount the number of rows changed, or 0 when the statement does not count rows
 *     (DDL, {@code SET}); an {@code INSERT} submitted as a streaming job also reports 0
 * @param message the status line a shell prints, e.g. {@code Table has been created.}; empty to
 *     let the client print its default
 * @param jobId the id of the job that an {@code INSERT} or statement set submitted, if any
 */
public record UpdateResult(long updateCount, Optional<String> message, Optional<String> jobId)
        implements StatementResult {

    public UpdateResult {
        if (updateCount < 0) {
            throw new IllegalArgumentException("updateCount is negative: " + updateCount);
        }
        requireNonNull(message, "message is null");
        requireNonNull(jobId, "jobId is null");
    }

    /** A statement that succeeded without a count or message (the client prints its default). */
    public static UpdateResult ok() {
        return new UpdateResult(0, Optional.empty(), Optional.empty());
    }

    /** A statement that succeeded with a status message. */
    public static UpdateResult withMessage(String message) {
        return new UpdateResult(0, Optional.of(message), Optional.empty());
    }

    /** A statement that submitted a job. */
    public static UpdateResult submittedJob(String jobId) {
        return new UpdateResult(0, Optional.empty(), Optional.of(jobId));
    }
}
