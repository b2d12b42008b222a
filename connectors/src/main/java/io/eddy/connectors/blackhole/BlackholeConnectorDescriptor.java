package io.eddy.connectors.blackhole;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import java.util.List;

/** {@code 'connector' = 'blackhole'}: a sink that drops every row; it takes no options. */
public final class BlackholeConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "blackhole";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return List.of();
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
