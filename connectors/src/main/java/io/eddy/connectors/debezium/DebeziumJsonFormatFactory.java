package io.eddy.connectors.debezium;

import com.fasterxml.jackson.core.JsonFactory;
import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.json.JsonFormatFactory;
import io.eddy.connectors.json.JsonFormatOptions;
import io.eddy.connectors.json.JsonFormatOptions.TimestampFormat;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.runtime.data.RowSchema;
import java.util.Map;

/**
 * {@code 'format' = 'debezium-json'}: Debezium's change events in JSON, a full changelog
 * ({@code +I}, {@code -U}, {@code +U}, {@code -D}). The row images use the JSON format's type mapping.
 */
public final class DebeziumJsonFormatFactory implements FormatFactory {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final JsonFormatFactory IMAGES = new JsonFormatFactory();

  @Override
  public String identifier() {
    return "debezium-json";
  }

  @Override
  public SourceChangelogMode changelogMode() {
    return SourceChangelogMode.ALL;
  }

  @Override
  public RecordDecoder createDecoder(ProjectedSchema schema, OptionValues options) {
    return new DebeziumJsonDecoder(JSON, IMAGES.createDecoder(schema, imageOptions(options)),
        options.get(DebeziumJsonOptions.SCHEMA_INCLUDE), options.get(DebeziumJsonOptions.IGNORE_PARSE_ERRORS));
  }

  @Override
  public RecordEncoder createEncoder(RowSchema schema, OptionValues options) {
    return new DebeziumJsonEncoder(IMAGES.createEncoder(schema, imageOptions(options)));
  }

  /** The JSON options of the row images: the timestamp form, errors raised (this format handles them). */
  private static OptionValues imageOptions(OptionValues options) {
    boolean iso = options.get(DebeziumJsonOptions.TIMESTAMP_FORMAT_STANDARD) == TimestampFormat.ISO_8601;
    return new OptionValues(Map.of(JsonFormatOptions.TIMESTAMP_FORMAT_STANDARD.key(), iso ? "ISO-8601" : "SQL"));
  }
}
