package io.eddy.connectors.datagen;

import io.eddy.catalog.TableSchema;
import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;
import java.util.Map;

/**
 * {@code 'connector' = 'datagen'}: a source of random or sequential rows. Per-field options
 * ({@code fields.<column>.kind} ...) must name physical columns; a sequence needs start and end.
 */
public final class DatagenConnectorDescriptor implements ConnectorDescriptor {

  private static final String FIELDS = "fields.";

  @Override
  public String identifier() {
    return "datagen";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return DatagenOptions.OPTIONAL;
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return false;
  }

  @Override
  public void validate(TableOptionsContext context) {
    TableSchema schema = context.schema();
    Map<String, String> options = context.options().asMap();
    for (Map.Entry<String, String> entry : options.entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith(FIELDS) || key.lastIndexOf('.') <= FIELDS.length()) {
        continue;
      }
      String field = key.substring(FIELDS.length(), key.lastIndexOf('.'));
      boolean physical = schema.column(field).map(c -> c.isPhysical()).orElse(false);
      if (!physical) {
        throw context.error("Option '" + key + "' of " + context.owner()
            + " names field '" + field + "', which is not a physical column of the table."
            + " Physical columns: " + String.join(", ",
                schema.physicalColumns().stream().map(c -> c.name()).toList()));
      }
      if (key.endsWith(".kind") && entry.getValue().equalsIgnoreCase("sequence")) {
        for (String bound : List.of("start", "end")) {
          if (!options.containsKey(FIELDS + field + "." + bound)) {
            throw context.error("Field '" + field + "' of " + context.owner()
                + " is a sequence and needs option '" + FIELDS + field + "." + bound + "'");
          }
        }
      }
    }
  }
}
