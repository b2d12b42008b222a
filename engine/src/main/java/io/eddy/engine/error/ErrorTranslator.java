package io.eddy.engine.error;

import io.eddy.catalog.CatalogException;
import io.eddy.catalog.TableNotExistException;
import io.eddy.catalog.types.DataTypeParseException;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.MalformedRecordException;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.runtime.execution.JobSubmissionException;
import io.eddy.parser.SqlParseError;
import io.eddy.planner.PlannerException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of a statement into the {@link EddySqlException} a user sees: a one-line
 * message without position (clients print the position themselves), the SQLState, the position
 * in the statement and a hint. User mistakes keep their own message; anything unexpected becomes
 * {@link EddySqlException#ENGINE_FAILURE} with the root cause's message, and is logged.
 */
public final class ErrorTranslator {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTranslator.class);
    private static final Pattern PARSER_POSITION =
            Pattern.compile("^(.*?) at line \\d+, column \\d+: (.*)$", Pattern.DOTALL);
    private static final Pattern MISSING_TABLE =
            Pattern.compile("^(Source table|Table|View|Table or view) .* does not exist$");
    private static final Pattern LEADING_POSITION = Pattern.compile("^line \\d+, column \\d+: ");

    private ErrorTranslator() {
    }

    /**
     * The exception to throw for {@code failure}, which happened while running {@code statement}
     * (or null when no statement ran); values of secret options written in the statement never
     * appear in its message or hint.
     */
    public static SQLException translate(Throwable failure, String statement) {
        SQLException error = translate(failure);
        SecretScrubber secrets = SecretScrubber.of(statement);
        if (!(error instanceof EddySqlException eddy)) {
            return error;
        }
        String message = secrets.scrub(eddy.getMessage());
        String hint = secrets.scrub(eddy.hint().orElse(null));
        if (message.equals(eddy.getMessage()) && Objects.equals(hint, eddy.hint().orElse(null))) {
            return eddy;
        }
        return new EddySqlException(message, eddy.getSQLState(), eddy.line().orElse(0), eddy.column().orElse(0),
                hint, null);
    }

    /** The exception to throw for {@code failure}. */
    public static SQLException translate(Throwable failure) {
        if (failure instanceof EddySqlException eddy) {
            return eddy;
        }
        if (failure instanceof StatementException error) {
            return new EddySqlException(oneLine(error.getMessage()), error.sqlState(), error.line(),
                    error.column(), error.hint(), null);
        }
        if (failure instanceof SqlParseError parse) {
            return new EddySqlException(parserMessage(parse.getMessage()),
                    EddySqlException.SYNTAX_OR_VALIDATION, Math.max(parse.line(), 0),
                    Math.max(parse.column(), 0), null, null);
        }
        if (failure instanceof PlannerException planner) {
            return planner(planner);
        }
        if (failure instanceof TableNotExistException missing) {
            return new EddySqlException(oneLine(missing.getMessage()), EddySqlException.UNKNOWN_OBJECT);
        }
        if (failure instanceof CatalogException catalog) {
            return new EddySqlException(oneLine(catalog.getMessage()), EddySqlException.SYNTAX_OR_VALIDATION);
        }
        if (failure instanceof DataTypeParseException type) {
            return new EddySqlException(oneLine(type.getMessage()), EddySqlException.SYNTAX_OR_VALIDATION);
        }
        if (failure instanceof ConnectorException connector) {
            return new EddySqlException(oneLine(connector.getMessage()), EddySqlException.SYNTAX_OR_VALIDATION);
        }
        if (failure instanceof JobSubmissionException submission) {
            return new EddySqlException(oneLine(submission.getMessage()), EddySqlException.ENGINE_FAILURE);
        }
        Throwable root = rootCause(failure);
        LOG.warn("Statement failed unexpectedly", failure);
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : oneLine(root.getMessage());
        return new EddySqlException("Internal error: " + message, EddySqlException.ENGINE_FAILURE,
                0, 0, null, null);
    }

    /**
     * The error a reader of a query's result sees when the job failed: the runtime's message names
     * the job, the failing operator and the root cause. Bad data is a data error (22000).
     */
    public static EddySqlException jobFailure(String jobId, Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : oneLine(failure.getMessage());
        boolean data = false;
        for (Throwable cause = failure; cause != null && !data; cause = cause.getCause() == cause ? null : cause.getCause()) {
            data = cause instanceof FormatException || cause instanceof MalformedRecordException;
        }
        return new EddySqlException(message.startsWith("Job ") ? message : "Job " + jobId + " failed: " + message,
                data ? EddySqlException.DATA : EddySqlException.ENGINE_FAILURE, 0, 0, null, null);
    }

    private static EddySqlException planner(PlannerException error) {
        String state = switch (error.category()) {
            case UNSUPPORTED -> EddySqlException.UNSUPPORTED;
            case CATALOG -> EddySqlException.SYNTAX_OR_VALIDATION;
            case VALIDATION -> isUnknownObject(error.description())
                    ? EddySqlException.UNKNOWN_OBJECT : EddySqlException.SYNTAX_OR_VALIDATION;
        };
        String description = LEADING_POSITION.matcher(error.description()).replaceFirst("");
        return new EddySqlException(description, state, Math.max(error.line(), 0),
                error.hasPosition() ? Math.max(error.column(), 0) : 0, error.hint(), null);
    }

    /** Whether a validation error says that a table or view is missing (not a column or function). */
    private static boolean isUnknownObject(String description) {
        return description.startsWith("Object '") || MISSING_TABLE.matcher(description).matches();
    }

    /** "Syntax error at line 1, column 8: unexpected 'x'" becomes "Syntax error: unexpected 'x'". */
    static String parserMessage(String message) {
        String text = oneLine(message);
        var matcher = PARSER_POSITION.matcher(text);
        return matcher.matches() ? matcher.group(1) + ": " + matcher.group(2) : text;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
