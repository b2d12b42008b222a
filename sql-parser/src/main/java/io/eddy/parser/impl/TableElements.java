package io.eddy.parser.impl;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlTableColumn;
import io.eddy.parser.ddl.SqlWatermark;

/** Collects the elements between the parentheses of CREATE TABLE while the parser reads them. */
final class TableElements {

    private final List<SqlNode> columns = new ArrayList<>();
    private SqlPrimaryKey primaryKey;
    private SqlWatermark watermark;

    void column(SqlTableColumn column) {
        columns.add(requireNonNull(column, "column is null"));
    }

    void primaryKey(SqlPrimaryKey key) {
        if (primaryKey != null) {
            throw ParserErrors.at(key.getParserPosition(), "a table can have only one PRIMARY KEY");
        }
        primaryKey = key;
    }

    void watermark(SqlWatermark definition) {
        if (watermark != null) {
            throw ParserErrors.at(definition.getParserPosition(), "a table can have only one WATERMARK");
        }
        watermark = definition;
    }

    SqlCreateTable.Definition definition(SqlIdentifier name, SqlNode comment, SqlNodeList partitionKeys,
            SqlNodeList options, boolean temporary, boolean ifNotExists) {
        SqlParserPos pos = columns.isEmpty() ? SqlParserPos.ZERO : SqlParserPos.sum(columns);
        return new SqlCreateTable.Definition(name, new SqlNodeList(columns, pos), primaryKey, watermark, comment,
                partitionKeys, options, temporary, ifNotExists);
    }
}
