package io.eddy.planner;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatDescriptor;
import io.eddy.catalog.options.FormatSupport;
import io.eddy.catalog.options.TableOptionsValidator;
import java.util.List;

/**
 * Connector and format declarations for planner tests: datagen, blackhole, kafka, upsert-kafka,
 * json and debezium-json.
 */
final class TestConnectors {

  private TestConnectors() {
  }

  static TableOptionsValidator validator() {
    return new TableOptionsValidator(List.of(
        connector("datagen", List.of(), List.of(
            ConfigOptions.key("rows-per-second").longType().defaultValue(10000L)),
            FormatSupport.NONE),
        connector("blackhole", List.of(), List.of(), FormatSupport.NONE),
        connector("kafka", List.of(ConfigOptions.key("topic").stringType().noDefaultValue()),
            List.of(ConfigOptions.key("scan.startup.mode").stringType()
                .defaultValue("group-offsets")), FormatSupport.VALUE),
        connector("upsert-kafka", List.of(ConfigOptions.key("topic").stringType().noDefaultValue()),
            List.of(), FormatSupport.KEY_VALUE)),
        List.of(format("json"), format("debezium-json")));
  }

  private static FormatDescriptor format(String name) {
    return new FormatDescriptor() {
      @Override
      public String identifier() {
        return name;
      }

      @Override
      public List<ConfigOption<?>> requiredOptions() {
        return List.of();
      }

      @Override
      public List<ConfigOption<?>> optionalOptions() {
        return List.of();
      }
    };
  }

  private static ConnectorDescriptor connector(String name, List<ConfigOption<?>> required,
      List<ConfigOption<?>> optional, FormatSupport formats) {
    return new ConnectorDescriptor() {
      @Override
      public String identifier() {
        return name;
      }

      @Override
      public List<ConfigOption<?>> requiredOptions() {
        return required;
      }

      @Override
      public List<ConfigOption<?>> optionalOptions() {
        return optional;
      }

      @Override
      public List<String> prefixOptions() {
        return name.contains("kafka") ? List.of("properties.") : List.of();
      }

      @Override
      public FormatSupport formatSupport() {
        return formats;
      }

      @Override
      public boolean supportsSource() {
        return true;
      }

      @Override
      public boolean supportsSink() {
        return true;
      }
    };
  }
}
