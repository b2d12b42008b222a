package io.eddy.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * What the driver and the engine support, for SQL tools. Catalog browsing ({@code getCatalogs},
 * {@code getSchemas}, {@code getTables}, {@code getColumns}) runs {@code SHOW} and {@code DESCRIBE}
 * statements through the connection's session (see {@link CatalogBrowser}); methods without a
 * true answer throw {@link java.sql.SQLFeatureNotSupportedException} rather than return wrong data.
 * In JDBC terms a Flink catalog is a catalog and a Flink database is a schema.
 */
final class DriverDatabaseMetaData extends DatabaseCapabilities {

    private final DriverConnection connection;
    private final CatalogBrowser browser;

    DriverDatabaseMetaData(DriverConnection connection) {
        this.connection = connection;
        this.browser = new CatalogBrowser(connection.queries());
    }

    @Override
    public String getURL() throws SQLException {
        return connection.url();
    }

    @Override
    public String getUserName() throws SQLException {
        return null;
    }

    @Override
    public String getDatabaseProductName() throws SQLException {
        return "Eddy";
    }

    @Override
    public String getDatabaseProductVersion() throws SQLException {
        return EddyDriver.VERSION;
    }

    @Override
    public String getDriverName() throws SQLException {
        return "Eddy JDBC Driver";
    }

    @Override
    public String getDriverVersion() throws SQLException {
        return EddyDriver.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return EddyDriver.MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion() {
        return EddyDriver.MINOR_VERSION;
    }

    @Override
    public String getIdentifierQuoteString() throws SQLException {
        return "`";
    }

    @Override
    public String getSQLKeywords() throws SQLException {
        return "CATALOGS,DATABASES,DESCRIPTOR,ENFORCED,FUNCTIONS,JOBS,METADATA,MODULES,OVERWRITE,PARTITIONED,"
                + "STATEMENT,TABLES,VIEWS,VIRTUAL,WATERMARK,WATERMARKS";
    }

    @Override
    public String getNumericFunctions() throws SQLException {
        return "ABS,ACOS,ASIN,ATAN,ATAN2,CEILING,COS,COT,DEGREES,EXP,FLOOR,LOG,LOG10,MOD,PI,POWER,RADIANS,"
                + "RAND,ROUND,SIGN,SIN,SQRT,TAN,TRUNCATE";
    }

    @Override
    public String getStringFunctions() throws SQLException {
        return "ASCII,CONCAT,LEFT,LOCATE,LTRIM,REPEAT,REPLACE,RIGHT,RTRIM,SUBSTRING";
    }

    @Override
    public String getSystemFunctions() throws SQLException {
        return "IFNULL";
    }

    @Override
    public String getTimeDateFunctions() throws SQLException {
        return "CURRENT_DATE,CURRENT_TIME,CURRENT_TIMESTAMP,DAYOFMONTH,DAYOFWEEK,DAYOFYEAR,EXTRACT,HOUR,"
                + "MINUTE,MONTH,QUARTER,SECOND,TIMESTAMPADD,TIMESTAMPDIFF,WEEK,YEAR";
    }

    @Override
    public String getSearchStringEscape() throws SQLException {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters() throws SQLException {
        return "";
    }

    @Override
    public String getSchemaTerm() throws SQLException {
        return "database";
    }

    @Override
    public String getProcedureTerm() throws SQLException {
        return "procedure";
    }

    @Override
    public String getCatalogTerm() throws SQLException {
        return "catalog";
    }

    @Override
    public String getCatalogSeparator() throws SQLException {
        return ".";
    }

    @Override
    public int getDefaultTransactionIsolation() throws SQLException {
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getProcedures");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern, String columnNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getProcedureColumns");
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws SQLException {
        return browser.tables(catalog, schemaPattern, tableNamePattern, types);
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return browser.schemas(null, null);
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        return browser.catalogs();
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        return browser.tableTypes();
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws SQLException {
        return browser.columns(catalog, schemaPattern, tableNamePattern, columnNamePattern);
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getColumnPrivileges");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getTablePrivileges");
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getBestRowIdentifier");
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getVersionColumns");
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        return browser.primaryKeys(catalog, schema, table);
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getImportedKeys");
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getExportedKeys");
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable, String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getCrossReference");
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getTypeInfo");
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getIndexInfo");
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getUDTs");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection;
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getSuperTypes");
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getSuperTables");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern, String attributeNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getAttributes");
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        return EddyDriver.MAJOR_VERSION;
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        return EddyDriver.MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion() throws SQLException {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() throws SQLException {
        return 2;
    }

    @Override
    public int getSQLStateType() throws SQLException {
        return sqlStateSQL;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() throws SQLException {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return browser.schemas(catalog, schemaPattern);
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getClientInfoProperties");
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getFunctions");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern, String columnNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getFunctionColumns");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws SQLException {
        throw Unsupported.feature("DatabaseMetaData.getPseudoColumns");
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
