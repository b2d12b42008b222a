package io.eddy.connectors.filesystem;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatSupport;
import java.util.List;

/**
 * {@code 'connector' = 'filesystem'}: reads and writes files under {@code path} in a format
 * ({@code 'format'} is required), optionally partitioned into directories.
 */
public final class FileSystemConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "filesystem";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of(FileSystemOptions.PATH);
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return FileSystemOptions.OPTIONAL;
  }

  @Override
  public FormatSupport formatSupport() {
    return FormatSupport.VALUE;
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }
}
