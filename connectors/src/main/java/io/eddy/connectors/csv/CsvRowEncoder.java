package io.eddy.connectors.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.format.TextValues;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.math.BigDecimal;
import java.util.List;

/**
 * Encodes a row as one CSV line (without the line end): values that contain the delimiter, the quote,
 * the escape or a line break are quoted (or escaped when quoting is disabled); NULL is
 * {@code csv.null-literal} or an empty field.
 */
public final class CsvRowEncoder implements RecordEncoder {

    private final RowSchema schema;
    private final CsvSyntax syntax;
    private final TextValues text;
    private final StringBuilder line = new StringBuilder(128);

    CsvRowEncoder(RowSchema schema, CsvSyntax syntax, TextValues text) {
        this.schema = schema;
        this.syntax = syntax;
        this.text = text;
    }

    @Override
    public byte[] encode(Row row) {
        line.setLength(0);
        for (int i = 0; i < schema.arity(); i++) {
            if (i > 0) {
                line.append(syntax.fieldDelimiter());
            }
            if (row.isNullAt(i)) {
                line.append(syntax.nullLiteral() == null ? "" : syntax.nullLiteral());
                continue;
            }
            FieldType type = schema.type(i);
            String value = switch (type.kind()) {
                case ARRAY -> joinArray(row.getArray(i), type.children().get(0));
                case ROW -> joinRow(row.getRow(i), type.rowSchema());
                case DECIMAL -> formatDecimal(row.getDecimal(i));
                default -> text.format(row, i, type);
            };
            appendEscaped(value);
        }
        return line.toString().getBytes(UTF_8);
    }

    private String formatDecimal(BigDecimal decimal) {
        return syntax.decimalsInScientificNotation() ? decimal.toString() : decimal.toPlainString();
    }

    private String joinArray(List<?> elements, FieldType elementType) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                joined.append(syntax.arrayElementDelimiter());
            }
            Object element = elements.get(i);
            joined.append(element == null ? nullText() : text.formatBoxed(element, elementType));
        }
        return joined.toString();
    }

    private String joinRow(Row nested, RowSchema nestedSchema) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < nestedSchema.arity(); i++) {
            if (i > 0) {
                joined.append(syntax.arrayElementDelimiter());
            }
            joined.append(nested.isNullAt(i) ? nullText() : text.format(nested, i, nestedSchema.type(i)));
        }
        return joined.toString();
    }

    private String nullText() {
        return syntax.nullLiteral() == null ? "" : syntax.nullLiteral();
    }

    private void appendEscaped(String value) {
        if (!needsQuoting(value)) {
            line.append(value);
            return;
        }
        if (syntax.quoteCharacter() == CsvSyntax.NO_CHARACTER) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == syntax.fieldDelimiter() || c == syntax.escapeCharacter()) {
                    line.append((char) syntax.escapeCharacter());
                }
                line.append(c);
            }
            return;
        }
        char quote = (char) syntax.quoteCharacter();
        line.append(quote);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == quote) {
                line.append(quote);
            }
            line.append(c);
        }
        line.append(quote);
    }

    private boolean needsQuoting(String value) {
        if (syntax.quoteCharacter() == CsvSyntax.NO_CHARACTER && syntax.escapeCharacter() == CsvSyntax.NO_CHARACTER) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == syntax.fieldDelimiter() || c == syntax.quoteCharacter() || c == syntax.escapeCharacter()
                    || c == '\n' || c == '\r') {
                return true;
            }
        }
        return value.isEmpty() && syntax.quoteCharacter() != CsvSyntax.NO_CHARACTER && syntax.nullLiteral() == null;
    }
}
