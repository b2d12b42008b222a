package io.eddy.connectors.debezium;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DebeziumJsonFormatTest {

  private static final RowSchema PRODUCTS = RowSchema.of("id", FieldType.INT, "name", FieldType.STRING,
      "weight", FieldType.DOUBLE, "updated", FieldType.timestamp(3));
  private static final FormatFactory FORMAT = FormatFactories.defaults().get("debezium-json");

  private static RecordDecoder decoder(ProjectedSchema schema, Map<String, String> options) {
    return FORMAT.createDecoder(schema, new OptionValues(options));
  }

  private static List<String> changes(RecordDecoder decoder, RowSchema produced, String message) {
    Row first = new Row(produced);
    Row second = new Row(produced);
    int count = decoder.decodeChanges(message.getBytes(UTF_8), first, second);
    List<String> rows = new ArrayList<>();
    if (count > 0) {
      rows.add(first.toString());
    }
    if (count > 1) {
      rows.add(second.toString());
    }
    return rows;
  }

  private static String image(int id, String name, double weight) {
    return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"weight\":" + weight
        + ",\"updated\":\"2024-01-01 10:00:00\"}";
  }

  private static String event(String before, String after, String op) {
    return "{\"before\":" + before + ",\"after\":" + after + ",\"source\":{\"db\":\"inventory\",\"ts_ms\":1},"
        + "\"op\":\"" + op + "\",\"ts_ms\":1589355606100,\"transaction\":null}";
  }

  @Test
  void isAFullChangelog() {
    assertThat(FORMAT.changelogMode()).isEqualTo(SourceChangelogMode.ALL);
  }

  @Test
  void decodesCreatesReadsUpdatesAndDeletes() {
    RecordDecoder decoder = decoder(ProjectedSchema.all(PRODUCTS), Map.of());
    assertThat(changes(decoder, PRODUCTS, event("null", image(1, "scooter", 3.14), "c")))
        .containsExactly("+I[1, scooter, 3.14, 2024-01-01T10:00]");
    assertThat(changes(decoder, PRODUCTS, event("null", image(2, "drill", 8.1), "r")))
        .containsExactly("+I[2, drill, 8.1, 2024-01-01T10:00]");
    assertThat(changes(decoder, PRODUCTS, event(image(1, "scooter", 3.14), image(1, "scooter", 5.5), "u")))
        .containsExactly("-U[1, scooter, 3.14, 2024-01-01T10:00]", "+U[1, scooter, 5.5, 2024-01-01T10:00]");
    assertThat(changes(decoder, PRODUCTS, event(image(1, "scooter", 5.5), "null", "d")))
        .containsExactly("-D[1, scooter, 5.5, 2024-01-01T10:00]");
  }

  @Test
  void decodesOnlyTheProjectedColumnsAndFieldsInAnyOrder() {
    ProjectedSchema projected = new ProjectedSchema(PRODUCTS, List.of(2, 0));
    RecordDecoder decoder = decoder(projected, Map.of());
    String message = "{\"op\":\"u\",\"after\":" + image(7, "x", 2.0) + ",\"before\":" + image(7, "x", 1.0) + "}";
    assertThat(changes(decoder, projected.producedSchema(), message)).containsExactly("-U[1.0, 7]", "+U[2.0, 7]");
  }

  @Test
  void readsTheSchemaEnvelopeWhenAsked() {
    String wrapped = "{\"schema\":{\"type\":\"struct\",\"fields\":[]},\"payload\":"
        + event("null", image(3, "hammer", 0.75), "c") + "}";
    RecordDecoder withSchema = decoder(ProjectedSchema.all(PRODUCTS), Map.of("debezium-json.schema-include", "true"));
    assertThat(changes(withSchema, PRODUCTS, wrapped)).containsExactly("+I[3, hammer, 0.75, 2024-01-01T10:00]");
    RecordDecoder without = decoder(ProjectedSchema.all(PRODUCTS), Map.of());
    assertThatThrownBy(() -> changes(without, PRODUCTS, wrapped)).isInstanceOf(FormatException.class)
        .hasMessage("no \"op\" field but a \"payload\": the messages include their schema. Hint: set "
            + "'debezium-json.schema-include' = 'true'");
    assertThatThrownBy(() -> changes(withSchema, PRODUCTS, event("null", image(3, "h", 1), "c")))
        .hasMessage("no \"payload\" object, expected one with 'debezium-json.schema-include' = 'true'");
  }

  @Test
  void badMessagesFailWithTheReason() {
    RecordDecoder decoder = decoder(ProjectedSchema.all(PRODUCTS), Map.of());
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, "{\"before\":null,\"after\":{\"id\":1}"))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("malformed JSON at column");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, "[1]")).hasMessage("expected a Debezium JSON object");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, event("null", image(1, "a", 1), "x")))
        .hasMessage("unknown Debezium operation 'x', expected 'c', 'r', 'u' or 'd'");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, "{\"after\":" + image(1, "a", 1) + "}"))
        .hasMessage("no \"op\" field, expected a Debezium change event");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, event("null", "null", "c")))
        .hasMessage("the \"after\" field of operation 'c' is null or missing");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, event("null", image(1, "a", 1), "u")))
        .hasMessageStartingWith("the \"before\" field of an update (op 'u') is null");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, event("null", "{\"id\":\"one\"}", "c")))
        .hasMessageStartingWith("in \"after\": ").hasMessageContaining("id");
    assertThatThrownBy(() -> changes(decoder, PRODUCTS, event("null", "[1]", "c")))
        .hasMessage("the \"after\" field is START_ARRAY, expected an object or null");
  }

  @Test
  void ignoredParseErrorsSkipAndCountBadMessages() {
    RecordDecoder decoder = decoder(ProjectedSchema.all(PRODUCTS), Map.of("debezium-json.ignore-parse-errors", "true"));
    assertThat(changes(decoder, PRODUCTS, "not json")).isEmpty();
    assertThat(changes(decoder, PRODUCTS, event("null", image(1, "a", 1), "x"))).isEmpty();
    assertThat(changes(decoder, PRODUCTS, event("null", image(1, "a", 1), "c"))).hasSize(1);
    assertThat(decoder.skippedRecords()).isEqualTo(2);
  }

  @Test
  void theSingleRowDecodeKeepsTheLatestImageWithItsKind() {
    RecordDecoder decoder = decoder(ProjectedSchema.all(PRODUCTS), Map.of());
    Row row = new Row(PRODUCTS);
    assertThat(decoder.decode(event(image(1, "a", 1), image(1, "a", 2), "u").getBytes(UTF_8), row)).isTrue();
    assertThat(row.toString()).isEqualTo("+U[1, a, 2.0, 2024-01-01T10:00]");
  }

  @Test
  void encodesInsertsAsCreatesAndRetractionsAsDeletes() {
    var encoder = FORMAT.createEncoder(PRODUCTS, new OptionValues(Map.of()));
    Row row = Row.withValues(RowKind.INSERT, PRODUCTS, 1, "a", 1.5, null);
    assertThat(new String(encoder.encode(row), UTF_8))
        .isEqualTo("{\"before\":null,\"after\":{\"id\":1,\"name\":\"a\",\"weight\":1.5,\"updated\":null},\"op\":\"c\"}");
    row.setKind(RowKind.DELETE);
    assertThat(new String(encoder.encode(row), UTF_8))
        .isEqualTo("{\"before\":{\"id\":1,\"name\":\"a\",\"weight\":1.5,\"updated\":null},\"after\":null,\"op\":\"d\"}");
    RecordDecoder decoder = decoder(ProjectedSchema.all(PRODUCTS), Map.of());
    assertThat(changes(decoder, PRODUCTS, new String(encoder.encode(row), UTF_8)))
        .containsExactly("-D[1, a, 1.5, null]");
  }
}
