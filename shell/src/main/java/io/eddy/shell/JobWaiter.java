package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps a script run alive while the jobs it started run, as a pipeline does: after the last
 * statement of {@code -f}, {@code -e} or standard input, the shell waits until every job of the
 * session has ended (bounded inputs finished, or stopped elsewhere), then reports jobs that
 * failed. Stopping the shell (Ctrl-C) closes the connection, which cancels the jobs.
 */
final class JobWaiter {

    private static final Set<String> ENDED = Set.of("FINISHED", "FAILED", "CANCELED");
    private static final long POLL_MILLIS = 200;

    private final Connection connection;
    private final PrintWriter out;

    JobWaiter(Connection connection, PrintWriter out) {
        this.connection = requireNonNull(connection, "connection is null");
        this.out = requireNonNull(out, "out is null");
    }

    /**
     * Waits for every running job to end.
     *
     * @return true when no job failed
     */
    boolean awaitJobs() throws SQLException, InterruptedException {
        List<String[]> running;
        try {
            running = jobs(false);
        } catch (SQLException e) {
            return true; // an engine without jobs
        }
        if (running.isEmpty()) {
            return noFailures();
        }
        out.println("[INFO] Waiting for " + running.size() + (running.size() == 1 ? " job" : " jobs")
                + " to finish (" + String.join(", ", running.stream().map(job -> job[0]).toList())
                + "); Ctrl-C stops " + (running.size() == 1 ? "it" : "them") + ".");
        out.flush();
        while (!jobs(false).isEmpty()) {
            Thread.sleep(POLL_MILLIS);
        }
        return noFailures();
    }

    private boolean noFailures() throws SQLException {
        boolean ok = true;
        for (String[] job : jobs(true)) {
            if (job[1].equals("FAILED")) {
                out.println("[ERROR] Job " + job[0] + " failed");
                ok = false;
            }
        }
        out.flush();
        return ok;
    }

    /** The (id, status) of running jobs, or of ended ones. */
    private List<String[]> jobs(boolean ended) throws SQLException {
        List<String[]> jobs = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW JOBS")) {
            while (rows.next()) {
                String status = rows.getString("status");
                if (ENDED.contains(status) == ended) {
                    jobs.add(new String[] {rows.getString("job id"), status});
                }
            }
        }
        return jobs;
    }
}
