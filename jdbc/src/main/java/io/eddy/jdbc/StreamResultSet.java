package io.eddy.jdbc;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.jdbc.spi.RowKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward-only, read-only result set over a {@link ResultStream}: {@link #next()} blocks until
 * the engine produces the next row or ends the result. Closing it cancels the job behind it.
 */
final class StreamResultSet extends ReadOnlyResultSet implements EddyResultSet {

    private final DriverStatement statement;
    private final ResultStream stream;
    private final List<ResultColumn> columns;
    private final Map<String, Integer> columnIndexes = new HashMap<>();
    private final int maxRows;
    private ResultRow row;
    private int rowNumber;
    private boolean ended;
    private boolean wasNull;
    private volatile boolean closed;

    /**
     * @param statement the statement that produced it, or null for metadata results
     * @param maxRows the number of rows after which the result ends, 0 for no limit
     */
    StreamResultSet(DriverStatement statement, ResultStream stream, int maxRows) {
        this.statement = statement;
        this.stream = requireNonNull(stream, "stream is null");
        this.columns = List.copyOf(stream.columns());
        this.maxRows = maxRows;
        for (int i = columns.size() - 1; i >= 0; i--) {
            columnIndexes.put(columns.get(i).name().toLowerCase(Locale.ROOT), i + 1);
        }
    }

    List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (ended) {
            return false;
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            end();
            return false;
        }
        ResultRow next;
        try {
            next = stream.next();
        } catch (SQLException e) {
            SQLException stopped = stopped();
            throw stopped != null ? stopped : e;
        }
        SQLException stopped = stopped();
        if (stopped != null) {
            row = null;
            throw stopped;
        }
        if (next == null) {
            end();
            return false;
        }
        if (next.size() != columns.size()) {
            throw new SQLException("Engine returned a row of " + next.size() + " values for "
                    + columns.size() + " columns", "58000");
        }
        row = next;
        rowNumber++;
        return true;
    }

    private SQLException stopped() {
        return statement == null ? null : statement.stoppedExceptionIfStopped();
    }

    private void end() throws SQLException {
        ended = true;
        row = null;
        stream.close();
        if (statement != null) {
            statement.resultSetEnded();
        }
    }

    /** Cancels the job behind the stream from another thread; the reader sees the cancellation. */
    void stopStream() throws SQLException {
        stream.close();
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        row = null;
        stream.close();
        if (statement != null) {
            statement.resultSetClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("Result set is closed", "HY010");
        }
    }

    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        if (row == null) {
            throw new SQLException(ended ? "No current row: the result set has ended"
                    : "No current row: call next() first", "24000");
        }
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw new SQLException("Column index " + columnIndex + " is out of range 1.." + columns.size(), "07009");
        }
        Object value = row.value(columnIndex - 1);
        wasNull = value == null;
        return value;
    }

    @Override
    public boolean isChangelog() throws SQLException {
        checkOpen();
        return stream.isChangelog();
    }

    @Override
    public RowKind getRowKind() throws SQLException {
        checkOpen();
        if (row == null) {
            throw new SQLException("No current row", "24000");
        }
        return row.kind();
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        Integer index = columnLabel == null ? null : columnIndexes.get(columnLabel.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new SQLException("No column named '" + columnLabel + "' in the result", "42S22");
        }
        return index;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return ValueText.of(value(columnIndex), columns.get(columnIndex - 1).precision());
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        return ValueConversions.toBoolean(value(columnIndex));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return (byte) ValueConversions.toLong(value(columnIndex), Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return (short) ValueConversions.toLong(value(columnIndex), Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return (int) ValueConversions.toLong(value(columnIndex), Integer.MIN_VALUE, Integer.MAX_VALUE, "INT");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return ValueConversions.toLong(value(columnIndex), Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        return (float) ValueConversions.toDouble(value(columnIndex));
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        return ValueConversions.toDouble(value(columnIndex));
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return ValueConversions.toBigDecimal(value(columnIndex));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal decimal = getBigDecimal(columnIndex);
        return decimal == null ? null : decimal.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        return ValueConversions.toBytes(value(columnIndex));
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return ValueConversions.toDate(value(columnIndex), null);
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        return ValueConversions.toDate(value(columnIndex), calendar);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return ValueConversions.toTime(value(columnIndex), null);
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        return ValueConversions.toTime(value(columnIndex), calendar);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return ValueConversions.toTimestamp(value(columnIndex), null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        return ValueConversions.toTimestamp(value(columnIndex), calendar);
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    /**
     * The value as JDBC's standard classes: {@code java.sql.Date}, {@code Time} and {@code Timestamp}
     * for dates and times (TIMESTAMP_LTZ too), {@code java.util.List} for arrays, {@code Map} for
     * maps, {@code Object[]} for rows, and the engine's boxed numbers, strings and booleans.
     */
    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return ValueConversions.toStandardObject(value(columnIndex));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        Object value = value(columnIndex);
        return ValueConversions.toType(value, type, ValueText.of(value, columns.get(columnIndex - 1).precision()));
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        return getDate(findColumn(columnLabel), calendar);
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        return getTime(findColumn(columnLabel), calendar);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(columnLabel), calendar);
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new DriverResultSetMetaData(columns);
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !ended;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return ended && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && row != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        throw Unsupported.feature("isLast on a streaming result (it would wait for the next row)");
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return row == null ? 0 : rowNumber;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        ForwardOnly.checkFetchDirection(direction);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    /** Accepted and ignored: rows arrive one at a time as the engine produces them. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        ForwardOnly.checkFetchSize(rows);
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }
}
