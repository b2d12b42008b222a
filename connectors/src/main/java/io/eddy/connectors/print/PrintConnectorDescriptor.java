package io.eddy.connectors.print;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import java.util.List;

/** {@code 'connector' = 'print'}: a sink that prints each change to standard output or error. */
public final class PrintConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "print";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return PrintOptions.OPTIONAL;
  }

  @Override
  public boolean supportsSource() {
    return false;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }
}
