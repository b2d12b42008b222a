package io.eddy.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * A prepared statement without parameters: it runs its SQL text as a plain statement. Setting a
 * parameter throws {@link SQLFeatureNotSupportedException} until the engine supports them.
 */
final class DriverPreparedStatement extends DriverStatement implements PreparedStatement {

    private final String sql;

    DriverPreparedStatement(DriverConnection connection, String sql) throws SQLException {
        super(connection);
        if (sql == null || sql.isBlank()) {
            throw new SQLException("No SQL statement given", "42000");
        }
        this.sql = sql;
    }

    private static SQLFeatureNotSupportedException parametersUnsupported() {
        return Unsupported.feature("statement parameters yet; put the values into the SQL text");
    }

    private static SQLException notOnPrepared() {
        return new SQLException("This method cannot be called on a PreparedStatement", "HY000");
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return super.executeQuery(sql);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return super.executeUpdate(sql);
    }

    @Override
    public boolean execute() throws SQLException {
        return executeSql(sql);
    }

    @Override
    public ResultSet executeQuery(String otherSql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public int executeUpdate(String otherSql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public boolean execute(String otherSql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
    }

    @Override
    public void addBatch() throws SQLException {
        throw Unsupported.feature("batches");
    }

    /** Not known before execution: the engine describes a result only when it runs. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        throw Unsupported.feature("result metadata before execution; execute the statement first");
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setDate(int parameterIndex, java.sql.Date x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setTime(int parameterIndex, java.sql.Time x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setTimestamp(int parameterIndex, java.sql.Timestamp x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x, int length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, java.io.InputStream x, int length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x, int length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader, int length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setDate(int parameterIndex, java.sql.Date x, Calendar cal) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setTime(int parameterIndex, java.sql.Time x, Calendar cal) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setTimestamp(int parameterIndex, java.sql.Timestamp x, Calendar cal) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setURL(int parameterIndex, java.net.URL x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader, long length) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        throw parametersUnsupported();
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        throw parametersUnsupported();
    }
}
