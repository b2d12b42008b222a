package io.eddy.engine.ddl;

import io.eddy.engine.error.StatementException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.apache.calcite.sql.SqlNode;

/**
 * Checks that a function's class can be used as a scalar function: it is on the class path, a
 * public concrete class with a public no-argument constructor and at least one public method
 * named {@code eval} (Flink's convention for scalar functions). Runs once per CREATE FUNCTION,
 * never per record.
 */
final class ScalarFunctionClasses {

    /** The method a scalar function implements. */
    static final String EVAL = "eval";

    private ScalarFunctionClasses() {
    }

    static Class<?> check(SqlNode statement, String className) {
        Class<?> type = load(statement, className);
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || type.isInterface()) {
            throw notAFunction(statement, className, "it must be a public, non-abstract class");
        }
        boolean constructible = Arrays.stream(type.getConstructors())
                .anyMatch(constructor -> constructor.getParameterCount() == 0);
        if (!constructible) {
            throw notAFunction(statement, className, "it needs a public constructor without arguments");
        }
        boolean evaluates = Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(EVAL::equals);
        if (!evaluates) {
            throw notAFunction(statement, className, "it needs a public method named 'eval'");
        }
        return type;
    }

    private static Class<?> load(SqlNode statement, String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(className, false,
                    loader != null ? loader : ScalarFunctionClasses.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw StatementException.invalid(statement, "Function class '" + className
                    + "' was not found on the class path", "Check the class name, and add the jar that holds it "
                    + "to the class path");
        }
    }

    private static StatementException notAFunction(SqlNode statement, String className, String reason) {
        return StatementException.invalid(statement, "Class '" + className + "' is not a scalar function: "
                + reason, null);
    }
}
