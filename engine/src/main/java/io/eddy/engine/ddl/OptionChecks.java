package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.options.TableOptionsValidator;

/** Checks a table's options without creating it, as {@code CREATE TABLE} would. */
final class OptionChecks {

    private static volatile TableOptionsValidator validator;

    private OptionChecks() {
    }

    /** Throws the option validation error {@code CREATE TABLE} would raise for {@code table}. */
    static void validate(CatalogTable table) {
        TableOptionsValidator current = validator;
        if (current == null) {
            current = TableOptionsValidator.discover();
            validator = current;
        }
        current.validate(table.schema(), table.options());
    }
}
