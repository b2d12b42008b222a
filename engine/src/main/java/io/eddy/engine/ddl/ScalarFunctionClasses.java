package io.eddy.engine.ddl;

import io.eddy.engine.error.StatementException;
import io.eddy.planner.function.FunctionClasses;
import io.eddy.planner.function.InvalidFunctionException;
import org.apache.calcite.sql.SqlNode;

/**
 * Checks at CREATE FUNCTION that a function's class can be used as a scalar function
 * ({@link FunctionClasses}); a class that cannot fails the statement with one line at the class
 * name. Runs once per CREATE FUNCTION, never per record.
 */
final class ScalarFunctionClasses {

    private ScalarFunctionClasses() {
    }

    static void check(SqlNode className, String name) {
        try {
            FunctionClasses.scalarFunction(name);
        } catch (InvalidFunctionException e) {
            throw StatementException.invalid(className, e.getMessage(), e.hint());
        }
    }
}
