package io.eddy.jdbc;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The timer thread that cancels statements running longer than their query timeout. */
final class QueryTimeouts {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "eddy-jdbc-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private QueryTimeouts() {
    }

    /** Runs {@code action} after {@code seconds}, unless the returned future is cancelled first. */
    static ScheduledFuture<?> schedule(Runnable action, int seconds) {
        return TIMER.schedule(action, seconds, TimeUnit.SECONDS);
    }
}
