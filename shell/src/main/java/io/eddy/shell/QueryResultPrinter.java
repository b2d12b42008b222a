package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;

/**
 * Shows a query's result in the session's current {@link ResultMode}: the {@code table} and
 * {@code changelog} full-screen views need a terminal; without one (scripts, piped output) every
 * mode prints as {@code tableau}.
 */
public final class QueryResultPrinter implements ResultPrinter {

    /** Flink's SQL client redraws its views at most this often. */
    static final long REFRESH_MILLIS = 200;
    private static final Pattern QUERY = Pattern.compile("^[(\\s]*(SELECT|WITH|VALUES|TABLE)\\b.*",
            Pattern.DOTALL);

    private final ResultModeSetting setting;
    private final Map<ResultMode, ResultPrinter> printers;

    private QueryResultPrinter(ResultModeSetting setting, Map<ResultMode, ResultPrinter> printers) {
        this.setting = requireNonNull(setting, "setting is null");
        this.printers = new EnumMap<>(printers);
    }

    /** Prints every mode as tableau (no terminal to draw on). */
    public static QueryResultPrinter tableauOnly(ResultModeSetting setting, ResultPrinter tableau) {
        return new QueryResultPrinter(setting, Map.of(ResultMode.TABLE, tableau, ResultMode.CHANGELOG, tableau,
                ResultMode.TABLEAU, tableau));
    }

    /**
     * Shows {@code table} and {@code changelog} results full-screen on {@code terminal}, unless it is
     * a dumb terminal that cannot redraw in place.
     */
    public static QueryResultPrinter onTerminal(ResultModeSetting setting, ResultPrinter tableau, Terminal terminal,
            int maxColumnWidth) {
        if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return tableauOnly(setting, tableau);
        }
        return new QueryResultPrinter(setting, Map.of(
                ResultMode.TABLE, new FullScreenView(terminal, TableResult::new, maxColumnWidth, REFRESH_MILLIS),
                ResultMode.CHANGELOG, new FullScreenView(terminal, ChangelogResult::new, maxColumnWidth,
                        REFRESH_MILLIS),
                ResultMode.TABLEAU, tableau));
    }

    /** Whether a statement is a query, whose result the result mode applies to. */
    public static boolean isQuery(String statement) {
        return QUERY.matcher(statement.toUpperCase(Locale.ROOT)).matches();
    }

    /** The session's result mode setting. */
    public ResultModeSetting setting() {
        return setting;
    }

    @Override
    public long print(ResultSet resultSet) throws SQLException {
        return printers.get(setting.current()).print(resultSet);
    }
}
