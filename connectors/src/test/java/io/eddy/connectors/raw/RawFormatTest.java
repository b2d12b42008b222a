package io.eddy.connectors.raw;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawFormatTest {

    private final FormatFactory raw = FormatFactories.defaults().get("raw");

    @Test
    void stringsUseTheCharset() {
        RowSchema schema = RowSchema.of("line", FieldType.STRING);
        OptionValues latin = new OptionValues(Map.of("raw.charset", "ISO-8859-1"));
        Row row = new Row(schema);
        assertThat(raw.createDecoder(ProjectedSchema.all(schema), latin).decode(new byte[] {(byte) 0xE9}, row)).isTrue();
        assertThat(row.getString(0)).isEqualTo("é");
        assertThat(raw.createEncoder(schema, new OptionValues(Map.of())).encode(row)).isEqualTo("é".getBytes(UTF_8));
    }

    @Test
    void numbersUseTheEndianness() {
        RowSchema schema = RowSchema.of("n", FieldType.INT);
        OptionValues little = new OptionValues(Map.of("raw.endianness", "little-endian"));
        Row row = new Row(schema);
        raw.createDecoder(ProjectedSchema.all(schema), little).decode(new byte[] {1, 0, 0, 0}, row);
        assertThat(row.getInt(0)).isEqualTo(1);
        assertThat(raw.createEncoder(schema, new OptionValues(Map.of())).encode(row)).containsExactly(0, 0, 0, 1);
        assertThatThrownBy(() -> raw.createDecoder(ProjectedSchema.all(schema), little).decode(new byte[] {1}, row))
                .isInstanceOf(FormatException.class).hasMessage("a raw INT needs 4 bytes, the record has 1");
    }

    @Test
    void needsOneSupportedColumn() {
        assertThatThrownBy(() -> raw.createEncoder(RowSchema.of("a", FieldType.INT, "b", FieldType.INT), new OptionValues(Map.of())))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("The raw format needs exactly one physical column, the table has 2: (a INT, b INT)");
        assertThatThrownBy(() -> raw.createEncoder(RowSchema.of("d", FieldType.DATE), new OptionValues(Map.of())))
                .hasMessage("The raw format cannot hold column 'd' of type DATE; use STRING, BYTES, BOOLEAN or a number type");
    }
}
