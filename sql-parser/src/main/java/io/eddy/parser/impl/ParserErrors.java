package io.eddy.parser.impl;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Errors raised by grammar actions; the parser turns them into positioned parse errors. */
final class ParserErrors {

    private ParserErrors() {
    }

    static CalciteContextException at(SqlParserPos pos, String message) {
        return new CalciteContextException(message, new IllegalArgumentException(message),
                pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
    }
}
