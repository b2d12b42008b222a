package io.eddy.connectors.csv;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.format.TemporalText;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.RowSchema;

/** {@code 'format' = 'csv'}: one line per record, with Flink's {@code csv.*} options. */
public final class CsvFormatFactory implements FormatFactory {

    @Override
    public String identifier() {
        return "csv";
    }

    @Override
    public RecordDecoder createDecoder(ProjectedSchema schema, OptionValues options) {
        checkTypes(schema.physicalSchema());
        return new CsvRowDecoder(schema, syntax(options), new TextValues(new TemporalText(false)),
                options.get(CsvFormatOptions.IGNORE_PARSE_ERRORS));
    }

    @Override
    public RecordEncoder createEncoder(RowSchema schema, OptionValues options) {
        checkTypes(schema);
        return new CsvRowEncoder(schema, syntax(options), new TextValues(new TemporalText(false)));
    }

    private static CsvSyntax syntax(OptionValues options) {
        boolean quotingDisabled = options.get(CsvFormatOptions.DISABLE_QUOTE_CHARACTER);
        if (quotingDisabled && options.contains(CsvFormatOptions.QUOTE_CHARACTER)) {
            throw new ConnectorException("Option 'csv.quote-character' cannot be set when"
                    + " 'csv.disable-quote-character' is true");
        }
        int quote = quotingDisabled ? CsvSyntax.NO_CHARACTER : options.get(CsvFormatOptions.QUOTE_CHARACTER).charAt(0);
        String escape = options.get(CsvFormatOptions.ESCAPE_CHARACTER);
        return new CsvSyntax(options.get(CsvFormatOptions.FIELD_DELIMITER).charAt(0), quote,
                escape == null ? CsvSyntax.NO_CHARACTER : escape.charAt(0), options.get(CsvFormatOptions.ALLOW_COMMENTS),
                options.get(CsvFormatOptions.ARRAY_ELEMENT_DELIMITER), options.get(CsvFormatOptions.NULL_LITERAL),
                options.get(CsvFormatOptions.WRITE_BIGDECIMAL_IN_SCIENTIFIC_NOTATION));
    }

    private static void checkTypes(RowSchema schema) {
        for (int i = 0; i < schema.arity(); i++) {
            FieldKind kind = schema.kind(i);
            boolean nestedOk = switch (kind) {
                case MAP -> false;
                case ARRAY -> TextValues.isScalar(schema.type(i).children().get(0).kind());
                case ROW -> schema.type(i).rowSchema().fields().stream().allMatch(f -> TextValues.isScalar(f.type().kind()));
                default -> true;
            };
            if (!nestedOk) {
                throw new ConnectorException("The csv format cannot hold column '" + schema.name(i) + "' of type "
                        + schema.type(i) + ": maps and nested collections are not supported");
            }
        }
    }
}
