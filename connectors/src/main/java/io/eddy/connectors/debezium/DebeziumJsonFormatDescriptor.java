package io.eddy.connectors.debezium;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.FormatDescriptor;
import java.util.List;

/** {@code 'format' = 'debezium-json'}: Debezium change events in JSON, read as a changelog. */
public final class DebeziumJsonFormatDescriptor implements FormatDescriptor {

  @Override
  public String identifier() {
    return "debezium-json";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return DebeziumJsonOptions.OPTIONAL;
  }
}
