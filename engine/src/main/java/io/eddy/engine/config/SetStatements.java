package io.eddy.engine.config;

import io.eddy.catalog.options.OptionValidationException;
import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.result.Columns;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.statement.SqlReset;
import io.eddy.parser.statement.SqlSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SET} (every session option as {@code key} / {@code value} rows, secrets masked),
 * {@code SET 'key' = 'value'}, {@code RESET 'key'} and {@code RESET}.
 */
public final class SetStatements {

    private SetStatements() {
    }

    public static StatementResult set(SqlSet set, StatementContext context) {
        SessionConfiguration configuration = context.configuration();
        if (set.key().isEmpty()) {
            List<ResultRow> rows = new ArrayList<>();
            configuration.masked().forEach((key, value) -> rows.add(ResultRow.insert(key, value)));
            return new RowsResult(List.of(Columns.string("key", false), Columns.string("value", false)), rows);
        }
        try {
            configuration.set(set.key().get(), set.value().orElseThrow());
        } catch (OptionValidationException e) {
            throw StatementException.invalid(set.getOperandList().get(1), e.getMessage(), null);
        }
        return Messages.succeeded();
    }

    public static StatementResult reset(SqlReset reset, StatementContext context) {
        if (reset.key().isPresent()) {
            context.configuration().reset(reset.key().get());
        } else {
            context.configuration().resetAll();
        }
        return Messages.succeeded();
    }
}
