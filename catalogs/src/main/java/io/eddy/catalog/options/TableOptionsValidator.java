package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Validates a table's {@code WITH} options at CREATE TABLE against the declared connectors and
 * formats: a known {@code connector}, a known {@code format} where one is taken, no unsupported
 * option, every required option, well-formed values, then the descriptors' own cross-option
 * rules. The first problem is raised as a one-line {@link OptionValidationException} with a
 * "Did you mean" hint for typos; secret values never appear.
 */
public final class TableOptionsValidator {

  public static final String CONNECTOR = "connector";
  public static final String FORMAT = "format";
  public static final String KEY_FORMAT = "key.format";
  public static final String VALUE_FORMAT = "value.format";

  private final Map<String, ConnectorDescriptor> connectors = new TreeMap<>();
  private final Map<String, FormatDescriptor> formats = new TreeMap<>();

  public TableOptionsValidator(Collection<ConnectorDescriptor> connectors,
      Collection<FormatDescriptor> formats) {
    connectors.forEach(c -> this.connectors.put(c.identifier(), c));
    formats.forEach(f -> this.formats.put(f.identifier(), f));
  }

  /** A validator over the descriptors registered in META-INF/services. */
  public static TableOptionsValidator discover() {
    List<ConnectorDescriptor> connectors = new ArrayList<>();
    ServiceLoader.load(ConnectorDescriptor.class).forEach(connectors::add);
    List<FormatDescriptor> formats = new ArrayList<>();
    ServiceLoader.load(FormatDescriptor.class).forEach(formats::add);
    return new TableOptionsValidator(connectors, formats);
  }

  /** The connectors by identifier, sorted. */
  public Map<String, ConnectorDescriptor> connectors() {
    return Collections.unmodifiableMap(connectors);
  }

  /** The formats by identifier, sorted. */
  public Map<String, FormatDescriptor> formats() {
    return Collections.unmodifiableMap(formats);
  }

  /** Checks {@code options} of a table with {@code schema}; returns the connector's descriptor. */
  public ConnectorDescriptor validate(TableSchema schema, Map<String, String> options) {
    requireNonNull(schema, "schema is null");
    OptionValues values = new OptionValues(options);
    String name = options.get(CONNECTOR);
    if (name == null) {
      throw OptionMessages.missingChoice(CONNECTOR, "connector", connectors.keySet());
    }
    ConnectorDescriptor connector = connectors.get(name);
    if (connector == null) {
      throw OptionMessages.unknownName("connector", name, "", connectors.keySet());
    }
    String owner = "connector '" + name + "'";
    List<ConfigOption<?>> optional = new ArrayList<>(connector.optionalOptions());
    Map<String, FormatDescriptor> activeFormats = activeFormats(connector, owner, options,
        optional);
    DeclaredOptions declared = new DeclaredOptions(owner, connector.requiredOptions(), optional,
        connector.prefixOptions());
    Map<String, DeclaredOptions> formatOptions = new LinkedHashMap<>();
    activeFormats.forEach((prefix, format) -> formatOptions.put(prefix,
        new DeclaredOptions("format '" + format.identifier() + "'",
            prefixed(prefix, format.requiredOptions()), prefixed(prefix, format.optionalOptions()),
            List.of())));

    for (Map.Entry<String, String> entry : options.entrySet()) {
      String key = entry.getKey();
      if (key.equals(CONNECTOR)) {
        continue;
      }
      DeclaredOptions owning = owningFormat(key, activeFormats, formatOptions);
      if (owning != null && owning.allows(key)) {
        owning.checkValue(key, entry.getValue());
      } else if (owning != null) {
        throw OptionMessages.unsupported(key, owning.owner(), owning.supportedKeys());
      } else if (declared.allows(key)) {
        declared.checkValue(key, entry.getValue());
      } else {
        List<String> candidates = new ArrayList<>(declared.supportedKeys());
        formatOptions.values().forEach(f -> candidates.addAll(f.supportedKeys()));
        throw OptionMessages.unsupported(key, owner, candidates);
      }
    }
    declared.checkRequired(values);
    formatOptions.values().forEach(f -> f.checkRequired(values));
    connector.validate(new TableOptionsContext(owner, schema, values));
    activeFormats.forEach((prefix, format) -> format.validate(new TableOptionsContext(
        "format '" + format.identifier() + "'", schema, stripped(prefix, options))));
    return connector;
  }

  private Map<String, FormatDescriptor> activeFormats(ConnectorDescriptor connector, String owner,
      Map<String, String> options, List<ConfigOption<?>> optional) {
    Map<String, FormatDescriptor> active = new LinkedHashMap<>();
    FormatSupport support = connector.formatSupport();
    if (support == FormatSupport.NONE) {
      return active;
    }
    optional.add(formatOption(FORMAT));
    if (support == FormatSupport.KEY_VALUE) {
      optional.add(formatOption(KEY_FORMAT));
      optional.add(formatOption(VALUE_FORMAT));
    }
    String value = options.get(FORMAT);
    if (support == FormatSupport.KEY_VALUE) {
      if (value != null && options.containsKey(VALUE_FORMAT)) {
        throw new OptionValidationException("Options 'format' and 'value.format' of " + owner
            + " are exclusive: use only one of them");
      }
      if (value == null) {
        value = options.get(VALUE_FORMAT);
      }
      String keyFormat = options.get(KEY_FORMAT);
      if (keyFormat != null) {
        active.put("key.", format(KEY_FORMAT, keyFormat));
      }
      if (value != null) {
        active.put(options.containsKey(VALUE_FORMAT) ? "value." : "", format(FORMAT, value));
      }
    } else if (value != null) {
      active.put("", format(FORMAT, value));
    }
    if (value == null && connector.requiresFormat()) {
      throw new OptionValidationException("Missing required option '"
          + (support == FormatSupport.KEY_VALUE ? "format' or 'value.format" : FORMAT)
          + "' for " + owner + ". Available formats: " + String.join(", ", formats.keySet()));
    }
    return active;
  }

  private FormatDescriptor format(String key, String name) {
    FormatDescriptor format = formats.get(name);
    if (format == null) {
      throw OptionMessages.unknownName("format", name, " in option '" + key + "'",
          formats.keySet());
    }
    return format;
  }

  private static ConfigOption<String> formatOption(String key) {
    return ConfigOptions.key(key).stringType().noDefaultValue()
        .withDescription("The format used to encode and decode records.");
  }

  private static DeclaredOptions owningFormat(String key, Map<String, FormatDescriptor> active,
      Map<String, DeclaredOptions> declared) {
    for (Map.Entry<String, FormatDescriptor> entry : active.entrySet()) {
      if (key.startsWith(entry.getKey() + entry.getValue().identifier() + ".")) {
        return declared.get(entry.getKey());
      }
    }
    return null;
  }

  private static List<ConfigOption<?>> prefixed(String prefix, List<ConfigOption<?>> options) {
    if (prefix.isEmpty()) {
      return options;
    }
    return options.stream().<ConfigOption<?>>map(o -> o.withPrefix(prefix)).toList();
  }

  private static OptionValues stripped(String prefix, Map<String, String> options) {
    Map<String, String> result = new LinkedHashMap<>();
    options.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        result.put(key.substring(prefix.length()), value);
      }
    });
    return new OptionValues(result);
  }
}
