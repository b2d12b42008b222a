package io.eddy.engine.show;

import io.eddy.catalog.CatalogManager;
import io.eddy.engine.StatementContext;
import io.eddy.planner.validate.EddyOperatorTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlOperator;

/**
 * The names {@code SHOW [USER] FUNCTIONS} lists: user-defined functions (temporary system
 * functions, temporary and permanent functions of the current database) and, without
 * {@code USER}, the built-in functions, in lowercase as Flink prints them.
 */
final class FunctionNames {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static volatile List<String> builtIns;

    private FunctionNames() {
    }

    static List<String> list(StatementContext context, boolean userOnly) {
        CatalogManager catalogs = context.catalogs();
        TreeSet<String> names = new TreeSet<>(context.functions().systemFunctionNames());
        names.addAll(context.functions().temporaryFunctionNames(catalogs, catalogs.currentCatalog(),
                catalogs.currentDatabase()));
        catalogs.catalog(catalogs.currentCatalog()).listFunctions(catalogs.currentDatabase())
                .forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        if (!userOnly) {
            names.addAll(builtIns());
        }
        return new ArrayList<>(names);
    }

    private static List<String> builtIns() {
        List<String> cached = builtIns;
        if (cached == null) {
            TreeSet<String> names = new TreeSet<>();
            for (SqlOperator operator : EddyOperatorTable.instance().getOperatorList()) {
                String name = operator.getName().toLowerCase(Locale.ROOT);
                if (operator instanceof SqlFunction && NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
            cached = List.copyOf(names);
            builtIns = cached;
        }
        return cached;
    }
}
