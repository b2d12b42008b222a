package io.eddy.connectors.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.ParseErrorPolicy;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decodes one CSV line per record into a row. Columns are positional over the table's physical
 * columns; only the projected ones are converted. Fewer columns than the table has read as NULL, more
 * fail the record. Arrays and nested rows are one field whose parts are separated by
 * {@code csv.array-element-delimiter}.
 */
public final class CsvRowDecoder implements RecordDecoder {

    private final RowSchema physical;
    private final int[] producedPositions;
    private final CsvSyntax syntax;
    private final TextValues text;
    private final CsvLineSplitter splitter;
    private final Pattern elementSplitter;
    private final ParseErrorPolicy errors;

    CsvRowDecoder(ProjectedSchema schema, CsvSyntax syntax, TextValues text, boolean ignoreParseErrors) {
        this.physical = schema.physicalSchema();
        this.producedPositions = schema.producedPositions();
        this.syntax = syntax;
        this.text = text;
        this.splitter = new CsvLineSplitter(syntax);
        this.elementSplitter = Pattern.compile(Pattern.quote(syntax.arrayElementDelimiter()));
        this.errors = new ParseErrorPolicy(ignoreParseErrors);
    }

    @Override
    public boolean decode(byte[] bytes, int offset, int length, Row row) {
        String line = new String(bytes, offset, length, UTF_8);
        if (syntax.allowComments() && line.startsWith("#")) {
            return false;
        }
        try {
            List<String> fields = splitter.split(line);
            if (fields.size() > physical.arity()) {
                throw new FormatException("expected " + physical.arity() + " fields, found " + fields.size());
            }
            for (int i = 0; i < physical.arity(); i++) {
                int target = producedPositions[i];
                if (target < 0) {
                    continue;
                }
                if (i >= fields.size()) {
                    row.setNullAt(target);
                    continue;
                }
                readField(fields.get(i), splitter.wasQuoted(i), i, row, target);
            }
            return true;
        } catch (FormatException e) {
            return errors.onMalformedRecord(e);
        }
    }

    private void readField(String value, boolean quoted, int column, Row row, int target) {
        FieldType type = physical.type(column);
        if (isNull(value, quoted, type)) {
            row.setNullAt(target);
            return;
        }
        try {
            switch (type.kind()) {
                case ARRAY -> row.setObject(target, readArray(value, type.children().get(0)));
                case ROW -> row.setRow(target, readRow(value, type.rowSchema()));
                default -> text.parseInto(value, type, row, target);
            }
        } catch (FormatException e) {
            if (!errors.ignoresErrors()) {
                throw new FormatException("field '" + physical.name(column) + "': " + e.getMessage());
            }
            row.setNullAt(target);
        }
    }

    private boolean isNull(String value, boolean quoted, FieldType type) {
        if (syntax.nullLiteral() != null) {
            return value.equals(syntax.nullLiteral());
        }
        return value.isEmpty() && !quoted && type.kind() != FieldKind.STRING;
    }

    private List<Object> readArray(String value, FieldType elementType) {
        List<Object> elements = new ArrayList<>();
        for (String element : elementSplitter.split(value, -1)) {
            elements.add(isNull(element, false, elementType) ? null : text.parseBoxed(element, elementType));
        }
        return Collections.unmodifiableList(elements);
    }

    private Row readRow(String value, RowSchema schema) {
        String[] parts = elementSplitter.split(value, -1);
        if (parts.length != schema.arity()) {
            throw new FormatException("a nested row needs " + schema.arity() + " fields, found " + parts.length);
        }
        Row nested = new Row(schema);
        for (int i = 0; i < parts.length; i++) {
            if (!isNull(parts[i], false, schema.type(i))) {
                text.parseInto(parts[i], schema.type(i), nested, i);
            }
        }
        return nested;
    }

    @Override
    public long skippedRecords() {
        return errors.skippedRecords();
    }
}
