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
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The part of {@link ResultSet} that a forward-only, read-only result set rejects: updates,
 * scrolling and the LOB, REF and XML types. Each method throws
 * {@link java.sql.SQLFeatureNotSupportedException} naming the feature.
 */
abstract class ReadOnlyResultSet implements ResultSet {

    @Override
    public java.io.InputStream getAsciiStream(int columnIndex) throws SQLException {
        throw Unsupported.feature("ASCII streams (use getCharacterStream)");
    }

    @Override
    @Deprecated
    public java.io.InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw Unsupported.feature("Unicode streams (use getCharacterStream)");
    }

    @Override
    public java.io.InputStream getAsciiStream(String columnLabel) throws SQLException {
        throw Unsupported.feature("ASCII streams (use getCharacterStream)");
    }

    @Override
    @Deprecated
    public java.io.InputStream getUnicodeStream(String columnLabel) throws SQLException {
        throw Unsupported.feature("Unicode streams (use getCharacterStream)");
    }

    @Override
    public String getCursorName() throws SQLException {
        throw Unsupported.feature("named cursors");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public void afterLast() throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean first() throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean last() throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean previous() throws SQLException {
        throw Unsupported.feature("scrolling (result sets are forward-only)");
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateShort(int columnIndex, short x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateInt(int columnIndex, int x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateLong(int columnIndex, long x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateString(int columnIndex, String x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateDate(int columnIndex, java.sql.Date x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateTime(int columnIndex, java.sql.Time x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateTimestamp(int columnIndex, java.sql.Timestamp x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateShort(String columnLabel, short x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateInt(String columnLabel, int x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateLong(String columnLabel, long x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateString(String columnLabel, String x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateDate(String columnLabel, java.sql.Date x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateTime(String columnLabel, java.sql.Time x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateTimestamp(String columnLabel, java.sql.Timestamp x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader, int length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void insertRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void deleteRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void refreshRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public Object getObject(int columnIndex, java.util.Map<String, Class<?>> map) throws SQLException {
        throw Unsupported.feature("type maps");
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw Unsupported.feature("REF values");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw Unsupported.feature("BLOB values");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw Unsupported.feature("CLOB values");
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        throw Unsupported.feature("java.sql.Array values (use getObject, which returns a java.util.List)");
    }

    @Override
    public Object getObject(String columnLabel, java.util.Map<String, Class<?>> map) throws SQLException {
        throw Unsupported.feature("type maps");
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        throw Unsupported.feature("REF values");
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        throw Unsupported.feature("BLOB values");
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        throw Unsupported.feature("CLOB values");
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        throw Unsupported.feature("java.sql.Array values (use getObject, which returns a java.util.List)");
    }

    @Override
    public java.net.URL getURL(int columnIndex) throws SQLException {
        throw Unsupported.feature("URL values");
    }

    @Override
    public java.net.URL getURL(String columnLabel) throws SQLException {
        throw Unsupported.feature("URL values");
    }

    @Override
    public void updateRef(int columnIndex, java.sql.Ref x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateRef(String columnLabel, java.sql.Ref x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(int columnIndex, java.sql.Blob x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(String columnLabel, java.sql.Blob x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(int columnIndex, java.sql.Clob x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(String columnLabel, java.sql.Clob x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateArray(int columnIndex, java.sql.Array x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateArray(String columnLabel, java.sql.Array x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw Unsupported.feature("ROWID values");
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        throw Unsupported.feature("ROWID values");
    }

    @Override
    public void updateRowId(int columnIndex, RowId x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateRowId(String columnLabel, RowId x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNString(int columnIndex, String nString) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNString(String columnLabel, String nString) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw Unsupported.feature("NCLOB values");
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        throw Unsupported.feature("NCLOB values");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw Unsupported.feature("SQLXML values");
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        throw Unsupported.feature("SQLXML values");
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(int columnIndex, Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateClob(String columnLabel, Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader) throws SQLException {
        throw Unsupported.feature("updatable result sets");
    }
}
