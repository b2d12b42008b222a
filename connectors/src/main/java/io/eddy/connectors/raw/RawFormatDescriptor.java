package io.eddy.connectors.raw;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.FormatDescriptor;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;

/** {@code 'format' = 'raw'}: the record's bytes as the table's single physical column. */
public final class RawFormatDescriptor implements FormatDescriptor {

  @Override
  public String identifier() {
    return "raw";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return RawFormatOptions.OPTIONAL;
  }

  @Override
  public void validate(TableOptionsContext context) {
    int physical = context.schema().physicalColumns().size();
    if (physical != 1) {
      throw context.error("The " + context.owner() + " needs exactly one physical column,"
          + " but the table has " + physical);
    }
  }
}
