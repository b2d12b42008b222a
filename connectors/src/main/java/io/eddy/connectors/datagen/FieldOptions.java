package io.eddy.connectors.datagen;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.TemporalText;
import io.eddy.connectors.format.TextValues;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.FieldType;
import java.util.Map;

/** Reads the per-field datagen options ({@code fields.<field>.min} ...) of one field. */
final class FieldOptions {

    private static final TextValues TEXT = new TextValues(new TemporalText(false));

    private final Map<String, String> options;
    private final String field;

    FieldOptions(Map<String, String> options, String field) {
        this.options = options;
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The key of a pattern option for this field: {@code fields.#.min} becomes {@code fields.price.min}. */
    String key(ConfigOption<?> option) {
        return option.key().replace("#", field);
    }

    boolean contains(ConfigOption<?> option) {
        return options.containsKey(key(option));
    }

    /** The field's value of the option, or its default. */
    <T> T get(ConfigOption<T> option) {
        String key = key(option);
        String value = options.get(key);
        return value == null ? option.defaultValue().orElse(null) : OptionValues.parse(option, key, value);
    }

    /** A bound ({@code min}, {@code max}, {@code start}, {@code end}) read as a value of the field's type, or null. */
    Object bound(ConfigOption<String> option, FieldType type) {
        String key = key(option);
        String value = options.get(key);
        if (value == null) {
            return null;
        }
        try {
            Object parsed = TEXT.parseBoxed(value, type);
            if (parsed == null) {
                throw new FormatException("out of range");
            }
            return parsed;
        } catch (FormatException e) {
            throw new ConnectorException("Invalid value '" + value + "' for option '" + key + "': expected a " + type);
        }
    }

    /** A required sequence bound as a long. */
    long requiredLong(ConfigOption<String> option, FieldType type) {
        Object value = bound(option, type);
        if (value == null) {
            throw new ConnectorException("Field '" + field + "' is a sequence and needs option '" + key(option) + "'");
        }
        return ((Number) value).longValue();
    }
}
