package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.engine.error.ErrorTranslator;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import java.sql.SQLException;
import java.util.List;

/**
 * The result of a running query as the session hands it to JDBC: {@link #next()} blocks until the
 * next change arrives and returns null when the (bounded) query finished; closing it cancels the
 * job.
 */
final class QueryResultStream implements ResultStream {

    private final List<ResultColumn> columns;
    private final boolean changelog;
    private final ResultChannel channel;
    private final RunningJob job;

    QueryResultStream(List<ResultColumn> columns, boolean changelog, ResultChannel channel, RunningJob job) {
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        this.changelog = changelog;
        this.channel = requireNonNull(channel, "channel is null");
        this.job = requireNonNull(job, "job is null");
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public boolean isChangelog() {
        return changelog;
    }

    @Override
    public ResultRow next() throws SQLException {
        try {
            return channel.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new EddySqlException("Reading the result of job " + job.id() + " was interrupted",
                    EddySqlException.CANCELLED);
        } catch (ResultChannel.JobFailedException e) {
            throw ErrorTranslator.jobFailure(job.id(), e.getCause());
        }
    }

    @Override
    public void close() {
        boolean finished = channel.endWasRead();
        channel.close();
        if (!finished) {
            job.cancel();
        }
    }

    @Override
    public String toString() {
        return "QueryResultStream[" + job.id() + "]";
    }
}
