package io.eddy.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.catalog.CatalogException;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableNotExistException;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.parser.SqlParseError;
import io.eddy.planner.PlannerException;
import io.eddy.planner.PlannerException.Category;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Every failure becomes one {@link EddySqlException} line with the right SQLState. */
class ErrorTranslatorTest {

    @Test
    void parseErrorsKeepTheirPositionOutOfTheMessage() {
        EddySqlException error = eddy(ErrorTranslator.translate(new SqlParseError(
                "Syntax error at line 2, column 7: unexpected 'FRM'. Did you mean FROM?", 2, 7, 2, 9, null)));
        assertThat(error.getMessage()).isEqualTo("Syntax error: unexpected 'FRM'. Did you mean FROM?");
        assertThat(error.getSQLState()).isEqualTo(EddySqlException.SYNTAX_OR_VALIDATION);
        assertThat(error.line()).hasValue(2);
        assertThat(error.column()).hasValue(7);
    }

    @Test
    void plannerErrorsKeepCategoryPositionAndHint() {
        EddySqlException missing = eddy(ErrorTranslator.translate(new PlannerException(Category.VALIDATION,
                "Object 'bidz' not found", 1, 15, "Did you mean 'bids'?")));
        assertThat(missing.getMessage()).isEqualTo("Object 'bidz' not found");
        assertThat(missing.getSQLState()).isEqualTo(EddySqlException.UNKNOWN_OBJECT);
        assertThat(missing.column()).hasValue(15);
        assertThat(missing.hint()).contains("Did you mean 'bids'?");

        EddySqlException unsupported = eddy(ErrorTranslator.translate(
                PlannerException.of(Category.UNSUPPORTED, "MATCH_RECOGNIZE is not supported")));
        assertThat(unsupported.getSQLState()).isEqualTo(EddySqlException.UNSUPPORTED);
        assertThat(unsupported.line()).isEmpty();

        EddySqlException column = eddy(ErrorTranslator.translate(new PlannerException(Category.VALIDATION,
                "Column 'x' not found in any table", 1, 8, null)));
        assertThat(column.getSQLState()).isEqualTo(EddySqlException.SYNTAX_OR_VALIDATION);
    }

    @Test
    void catalogErrorsAreUserErrors() {
        assertThat(ErrorTranslator.translate(new TableNotExistException("Table",
                new ObjectIdentifier("c", "d", "t"))).getSQLState()).isEqualTo(EddySqlException.UNKNOWN_OBJECT);
        SQLException error = ErrorTranslator.translate(new CatalogException("Catalog `x` already exists"));
        assertThat(error.getSQLState()).isEqualTo(EddySqlException.SYNTAX_OR_VALIDATION);
        assertThat(error.getMessage()).isEqualTo("Catalog `x` already exists");
    }

    @Test
    void unexpectedFailuresShowTheRootCauseInOneLine() {
        RuntimeException failure = new IllegalStateException("wrapper",
                new UncheckedIOException(new IOException("disk full\n  at some.Place")));
        EddySqlException error = eddy(ErrorTranslator.translate(failure));
        assertThat(error.getSQLState()).isEqualTo(EddySqlException.ENGINE_FAILURE);
        assertThat(error.getMessage()).isEqualTo("Internal error: disk full at some.Place");
        assertThat(ErrorTranslator.translate(new NullPointerException()).getMessage())
                .isEqualTo("Internal error: NullPointerException");
    }

    @Test
    void secretValuesOfTheStatementNeverAppear() {
        String statement = "CREATE TABLE t (a INT) WITH ('connector' = 'kafka', 'properties.sasl.password' = 'it''s me', "
                + "'topic' = 'visible')";
        EddySqlException error = eddy(ErrorTranslator.translate(new PlannerException(Category.VALIDATION,
                "Cannot use 'it's me' or 'visible' here", 1, 3, "Do not write it's me"), statement));
        assertThat(error.getMessage()).isEqualTo("Cannot use '******' or 'visible' here");
        assertThat(error.hint()).contains("Do not write ******");
        assertThat(error.column()).hasValue(3);
        assertThat(error.getSQLState()).isEqualTo(EddySqlException.SYNTAX_OR_VALIDATION);
    }

    private static EddySqlException eddy(SQLException error) {
        assertThat((Object) error).isInstanceOf(EddySqlException.class);
        return (EddySqlException) error;
    }
}
