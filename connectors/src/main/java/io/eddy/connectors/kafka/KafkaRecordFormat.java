package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a table's physical columns map onto a Kafka record: the value format and the columns it holds,
 * and the optional key format with its columns ({@code key.fields}). Format options are read with
 * their own keys: {@code value.json.x} becomes {@code json.x} when {@code value.format} is used,
 * {@code key.json.x} becomes {@code json.x} for the key.
 *
 * @param valueFormat the value's format
 * @param valueOptions the value format's options, prefix removed
 * @param valueFields indexes of the physical columns the value holds, in order
 * @param keyFormat the key's format, or null when records have no key columns
 * @param keyOptions the key format's options, prefix removed
 * @param keyFields indexes of the physical columns the key holds, in order
 * @param keyPrefix {@code key.fields-prefix}: the start of key column names the key format does not see
 */
record KafkaRecordFormat(FormatFactory valueFormat, OptionValues valueOptions, List<Integer> valueFields,
                         FormatFactory keyFormat, OptionValues keyOptions, List<Integer> keyFields,
                         String keyPrefix) {

  KafkaRecordFormat {
    requireNonNull(valueFormat, "valueFormat is null");
    requireNonNull(valueOptions, "valueOptions is null");
    valueFields = List.copyOf(valueFields);
    keyFields = List.copyOf(keyFields);
    requireNonNull(keyPrefix, "keyPrefix is null");
  }

  static KafkaRecordFormat of(String tableName, RowSchema physical, Map<String, String> options) {
    OptionValues values = new OptionValues(options);
    boolean valuePrefixed = options.containsKey("value.format");
    String valueIdentifier = valuePrefixed ? options.get("value.format") : options.get("format");
    if (valueIdentifier == null) {
      throw new ConnectorException("Table " + tableName
          + " needs option 'format' or 'value.format' (json, csv or raw)");
    }
    List<Integer> keyFields = new ArrayList<>();
    List<String> keyNames = values.get(KafkaOptions.KEY_FIELDS);
    String keyIdentifier = options.get("key.format");
    if (keyNames != null && keyIdentifier == null) {
      throw new ConnectorException("Option 'key.fields' of table " + tableName + " needs 'key.format'");
    }
    if (keyIdentifier != null && keyNames == null) {
      throw new ConnectorException("Option 'key.format' of table " + tableName + " needs 'key.fields'");
    }
    String keyPrefix = values.getOptional(KafkaOptions.KEY_FIELDS_PREFIX).orElse("");
    for (String name : keyNames == null ? List.<String>of() : keyNames) {
      if (!name.startsWith(keyPrefix)) {
        throw new ConnectorException("Key column '" + name + "' of table " + tableName
            + " does not start with 'key.fields-prefix' '" + keyPrefix + "'");
      }
      keyFields.add(indexOf(physical, name, tableName));
    }
    List<Integer> valueFields = new ArrayList<>();
    boolean exceptKey = values.get(KafkaOptions.VALUE_FIELDS_INCLUDE)
        == KafkaOptions.ValueFieldsInclude.EXCEPT_KEY;
    for (int i = 0; i < physical.arity(); i++) {
      if (!exceptKey || !keyFields.contains(i)) {
        valueFields.add(i);
      }
    }
    FormatFactories formats = FormatFactories.defaults();
    return new KafkaRecordFormat(formats.get(valueIdentifier),
        stripped(options, valuePrefixed ? "value." : ""), valueFields,
        keyIdentifier == null ? null : formats.get(keyIdentifier), stripped(options, "key."),
        keyFields, keyPrefix);
  }

  private static int indexOf(RowSchema physical, String name, String tableName) {
    for (int i = 0; i < physical.arity(); i++) {
      if (physical.name(i).equals(name)) {
        return i;
      }
    }
    throw new ConnectorException("Option 'key.fields' of table " + tableName + " names '" + name
        + "', which is not a physical column");
  }

  private static OptionValues stripped(Map<String, String> options, String prefix) {
    if (prefix.isEmpty()) {
      return new OptionValues(options);
    }
    Map<String, String> result = new LinkedHashMap<>();
    options.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        result.put(key.substring(prefix.length()), value);
      }
    });
    return new OptionValues(result);
  }

  /** The schema the key format sees: the key columns, named without {@link #keyPrefix()}. */
  RowSchema keySchema(RowSchema physical) {
    List<RowSchema.Field> fields = new ArrayList<>();
    for (int index : keyFields) {
      fields.add(new RowSchema.Field(physical.name(index).substring(keyPrefix.length()), physical.type(index)));
    }
    return new RowSchema(fields);
  }

  /** The schema of the columns in {@code fields}. */
  static RowSchema schemaOf(RowSchema physical, List<Integer> fields) {
    return physical.project(fields.stream().mapToInt(Integer::intValue).toArray());
  }
}
