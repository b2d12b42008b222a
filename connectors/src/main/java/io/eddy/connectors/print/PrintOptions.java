package io.eddy.connectors.print;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.util.List;

/** The options of the {@code print} connector, with Flink's keys and defaults. */
public final class PrintOptions {

  public static final ConfigOption<String> PRINT_IDENTIFIER = ConfigOptions
      .key("print-identifier").stringType().noDefaultValue()
      .withDescription("Text printed before every row, to tell several print sinks apart.");

  public static final ConfigOption<Boolean> STANDARD_ERROR = ConfigOptions.key("standard-error")
      .booleanType().defaultValue(false)
      .withDescription("Whether to print to standard error instead of standard output.");

  public static final ConfigOption<Integer> SINK_PARALLELISM = ConfigOptions
      .key("sink.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the sink; when unset that of the operator before it.");

  public static final List<ConfigOption<?>> OPTIONAL =
      List.of(PRINT_IDENTIFIER, STANDARD_ERROR, SINK_PARALLELISM);

  private PrintOptions() {}
}
