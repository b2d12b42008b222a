package io.eddy.connectors.raw;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.raw.RawFormatOptions.Endianness;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.RowSchema;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

/**
 * {@code 'format' = 'raw'}: the whole record is the value of the table's single column (a string in
 * {@code raw.charset}, bytes, or a number in {@code raw.endianness}).
 */
public final class RawFormatFactory implements FormatFactory {

    @Override
    public String identifier() {
        return "raw";
    }

    @Override
    public RecordDecoder createDecoder(ProjectedSchema schema, OptionValues options) {
        return new RawCodec(checkSingleColumn(schema.physicalSchema()), charset(options), byteOrder(options),
                !schema.projection().isEmpty());
    }

    @Override
    public RecordEncoder createEncoder(RowSchema schema, OptionValues options) {
        return new RawCodec(checkSingleColumn(schema), charset(options), byteOrder(options), true);
    }

    private static Charset charset(OptionValues options) {
        return Charset.forName(options.get(RawFormatOptions.CHARSET));
    }

    private static ByteOrder byteOrder(OptionValues options) {
        return options.get(RawFormatOptions.ENDIANNESS) == Endianness.LITTLE_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    private static RowSchema checkSingleColumn(RowSchema schema) {
        if (schema.arity() != 1) {
            throw new ConnectorException("The raw format needs exactly one physical column, the table has "
                    + schema.arity() + ": " + schema);
        }
        if (!RawCodec.supports(schema.kind(0))) {
            throw new ConnectorException("The raw format cannot hold column '" + schema.name(0) + "' of type "
                    + schema.type(0) + "; use STRING, BYTES, BOOLEAN or a number type");
        }
        return schema;
    }
}
