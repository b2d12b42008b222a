package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.FunctionLanguage;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.engine.FunctionRegistry;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlCreateFunction;
import io.eddy.parser.ddl.SqlDropObject;
import java.util.Locale;

/**
 * {@code CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] name AS 'class' [LANGUAGE JAVA]}
 * and {@code DROP [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] name}. The class must be on the class
 * path and be a scalar function ({@link ScalarFunctionClasses}).
 */
public final class FunctionStatements {

    private FunctionStatements() {
    }

    public static StatementResult create(SqlCreateFunction create, StatementContext context) {
        FunctionLanguage language = language(create);
        ScalarFunctionClasses.check(create.getOperandList().get(1), create.className());
        CatalogFunction function = new CatalogFunction(create.className(), language, create.isTemporary());
        FunctionRegistry functions = context.functions();
        if (create.isSystem()) {
            String name = Names.single(create, create.fullName(), "function");
            if (functions.systemFunction(name).isPresent()) {
                return existing(create, create.ifNotExists(), "Temporary system function `" + name + "`");
            }
            functions.putSystemFunction(name, function);
        } else if (create.isTemporary()) {
            ObjectIdentifier id = TableStatements.qualify(create, create.fullName(), context.catalogs());
            Positions.run(create, () -> {
                context.catalogs().catalog(id.catalogName());
                context.catalogs().createTemporaryFunction(id, create.className(), language, create.ifNotExists());
            });
            functions.temporaryFunctionCreated(id);
        } else {
            ObjectIdentifier id = TableStatements.qualify(create, create.fullName(), context.catalogs());
            Positions.run(create, () -> context.catalogs().catalog(id.catalogName())
                    .createFunction(id.toObjectPath(), function, create.ifNotExists()));
        }
        return Messages.succeeded();
    }

    public static StatementResult drop(SqlDropObject drop, StatementContext context) {
        FunctionRegistry functions = context.functions();
        if (drop.isSystem()) {
            String name = Names.single(drop, drop.fullName(), "function");
            if (!functions.removeSystemFunction(name) && !drop.ifExists()) {
                throw missing(drop, "Temporary system function `" + name + "`");
            }
        } else if (drop.isTemporary()) {
            ObjectIdentifier id = TableStatements.qualify(drop, drop.fullName(), context.catalogs());
            Positions.run(drop, () -> context.catalogs().dropTemporaryFunction(id, drop.ifExists()));
            functions.temporaryFunctionDropped(id);
        } else {
            ObjectIdentifier id = TableStatements.qualify(drop, drop.fullName(), context.catalogs());
            Positions.run(drop, () -> context.catalogs().catalog(id.catalogName())
                    .dropFunction(id.toObjectPath(), drop.ifExists()));
        }
        return Messages.succeeded();
    }

    private static FunctionLanguage language(SqlCreateFunction create) {
        String name = create.language() == null ? "JAVA" : create.language().toUpperCase(Locale.ROOT);
        if (!name.equals(FunctionLanguage.JAVA.name())) {
            throw StatementException.at(create, "Functions in language " + name + " are not supported",
                    EddySqlException.UNSUPPORTED, "Implement the function in Java and use LANGUAGE JAVA");
        }
        return FunctionLanguage.JAVA;
    }

    private static StatementResult existing(SqlCreateFunction create, boolean ignore, String what) {
        if (ignore) {
            return Messages.succeeded();
        }
        throw StatementException.invalid(create, what + " already exists", null);
    }

    private static StatementException missing(SqlDropObject drop, String what) {
        return StatementException.at(Positions.nameOf(drop), what + " does not exist",
                EddySqlException.UNKNOWN_OBJECT, null);
    }
}
