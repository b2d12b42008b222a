package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.EddySqlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * Shows a query's result on the whole terminal (the {@code table} and {@code changelog} result
 * modes), redrawn in place as rows arrive but at most once per refresh interval. {@code q} or
 * Ctrl-C leaves: the query is cancelled, its reading thread ends, and the terminal is restored.
 * Ctrl-C also reaches the shell's own handler and reports the query as cancelled, as it does in
 * the other modes.
 * A finished result stays on screen until the user leaves; a failed one leaves at once and the
 * error is reported at the prompt.
 */
final class FullScreenView implements ResultPrinter {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final long JOIN_MILLIS = 5_000;

    private final Terminal terminal;
    private final Function<ColumnLayout, LiveResult> content;
    private final int maxColumnWidth;
    private final long refreshMillis;

    /**
     * @param content makes the view's content for a result's columns ({@link TableResult::new} or
     *     {@link ChangelogResult::new})
     * @param refreshMillis the shortest time between two redraws
     */
    FullScreenView(Terminal terminal, Function<ColumnLayout, LiveResult> content, int maxColumnWidth,
            long refreshMillis) {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.content = requireNonNull(content, "content is null");
        this.maxColumnWidth = maxColumnWidth;
        if (refreshMillis < 1) {
            throw new IllegalArgumentException("refreshMillis must be positive: " + refreshMillis);
        }
        this.refreshMillis = refreshMillis;
    }

    @Override
    public long print(ResultSet resultSet) throws SQLException {
        LiveResult live = content.apply(ColumnLayout.of(resultSet, maxColumnWidth));
        ResultFetcher fetcher = new ResultFetcher(resultSet, live);
        Thread reading = new Thread(fetcher, "eddy-result-reader");
        reading.setDaemon(true);
        boolean left = false;
        CtrlC ctrlC = new CtrlC();
        ctrlC.previous = terminal.handle(Signal.INT, ctrlC);
        Attributes saved = null;
        try {
            saved = terminal.enterRawMode();
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            reading.start();
            left = showUntilLeft(live, fetcher, ctrlC.pressed);
        } finally {
            terminal.handle(Signal.INT, ctrlC.previous);
            if (saved != null) {
                terminal.puts(Capability.keypad_local);
                terminal.puts(Capability.exit_ca_mode);
                terminal.setAttributes(saved);
                terminal.flush();
            }
            if (reading.isAlive()) {
                cancel(resultSet);
            }
            join(reading);
        }
        if (ctrlC.pressed.get()) {
            SQLException failure = fetcher.failure();
            throw failure != null && EddySqlException.CANCELLED.equals(failure.getSQLState()) ? failure
                    : new SQLException("Statement was cancelled", EddySqlException.CANCELLED);
        }
        if (fetcher.failure() != null && !left) {
            throw fetcher.failure();
        }
        synchronized (live) {
            return live.changes();
        }
    }

    /** Draws until the user leaves (true: a key or Ctrl-C) or the result fails (false). */
    private boolean showUntilLeft(LiveResult live, ResultFetcher fetcher, AtomicBoolean interrupted) {
        Display display = new Display(terminal, true);
        NonBlockingReader keys = terminal.reader();
        Viewport viewport = new Viewport();
        Size drawnSize = null;
        long drawnChanges = -1;
        boolean drawnDone = false;
        boolean moved = false;
        long lastDraw = 0;
        String updated = LocalTime.now().format(CLOCK);
        try {
            while (fetcher.failure() == null && !interrupted.get()) {
                boolean done = fetcher.done();
                Size size = screenSize();
                long changes;
                synchronized (live) {
                    changes = live.changes();
                }
                long now = System.nanoTime();
                boolean due = (now - lastDraw) / 1_000_000 >= refreshMillis;
                if (moved || !size.equals(drawnSize) || (due && (changes != drawnChanges || done != drawnDone))) {
                    if (changes != drawnChanges) {
                        updated = LocalTime.now().format(CLOCK);
                    }
                    if (!size.equals(drawnSize)) {
                        display.clear();
                        display.resize(size.getRows(), size.getColumns());
                    }
                    draw(display, live, viewport, size,
                            (done ? "Query finished" : "Query running") + "   Updated: " + updated);
                    drawnSize = size;
                    drawnChanges = changes;
                    drawnDone = done;
                    lastDraw = now;
                }
                ViewKey key = ViewKey.read(keys, done ? refreshMillis : Math.min(refreshMillis, 50));
                if (key == ViewKey.QUIT) {
                    return true;
                }
                synchronized (live) {
                    moved = viewport.move(key, live.size(), ScreenRenderer.bodyHeight(size.getRows()));
                }
            }
            return interrupted.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the terminal: " + e.getMessage(), e);
        }
    }

    private void draw(Display display, LiveResult live, Viewport viewport, Size size, String status) {
        List<String> frame;
        synchronized (live) {
            int height = ScreenRenderer.bodyHeight(size.getRows());
            int first = viewport.first(live.size(), height);
            int last = Math.min(live.size(), first + height);
            String summary = live.summary();
            if (live.size() > height) {
                summary = (viewport.following() ? "" : "SCROLLED ") + (first + 1) + "-" + last + " shown  " + summary;
            }
            frame = ScreenRenderer.render(live.title(), status, live.columns(), live.rows(first, last), summary,
                    size.getColumns(), size.getRows(), live.size() > height);
        }
        List<AttributedString> lines = new ArrayList<>(frame.size());
        for (String line : frame) {
            lines.add(new AttributedString(line));
        }
        display.update(lines, size.cursorPos(Math.max(0, frame.size() - 1), 0));
    }

    private Size screenSize() {
        Size size = terminal.getSize();
        return size == null || size.getRows() <= 0 || size.getColumns() <= 0 ? new Size(80, 24) : size;
    }

    /** Stops the query behind the result; the reading thread's blocked {@code next()} then ends. */
    private static void cancel(ResultSet resultSet) {
        try {
            Statement statement = resultSet.getStatement();
            if (statement != null) {
                statement.cancel();
            } else {
                resultSet.close();
            }
        } catch (SQLException e) {
            // the result ended meanwhile; nothing left to stop
        }
    }

    private static void join(Thread reading) {
        try {
            reading.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Notes Ctrl-C while the view is shown, then passes it on to the shell's handler. */
    private static final class CtrlC implements SignalHandler {
        final AtomicBoolean pressed = new AtomicBoolean();
        volatile SignalHandler previous = SignalHandler.SIG_DFL;

        @Override
        public void handle(Signal signal) {
            pressed.set(true);
            SignalHandler next = previous;
            if (next != SignalHandler.SIG_DFL && next != SignalHandler.SIG_IGN) {
                next.handle(signal);
            }
        }
    }
}
