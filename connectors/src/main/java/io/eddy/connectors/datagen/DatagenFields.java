package io.eddy.connectors.datagen;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.connectors.datagen.DatagenOptions.FieldKind;
import io.eddy.connectors.generator.SequenceRandom;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the generator of each datagen field from its options, as Flink's datagen does: random values
 * between {@code min} and {@code max} (the type's range by default), strings and bytes of
 * {@code length} (random lengths with {@code var-len}), timestamps up to {@code max-past} before now,
 * collections of 3 elements unless {@code length} says otherwise, NULL with probability
 * {@code null-rate}; or a {@code sequence} from {@code start} to {@code end}, which bounds the source.
 */
final class DatagenFields {

    private static final int DEFAULT_COLLECTION_LENGTH = 3;
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private long sequenceLength = Long.MAX_VALUE;

    /** The number of rows the sequences allow (the shortest sequence), {@code Long.MAX_VALUE} without sequences. */
    long sequenceLength() {
        return sequenceLength;
    }

    FieldGenerator create(FieldOptions options, FieldType type) {
        FieldGenerator generator = options.get(DatagenOptions.FIELD_KIND) == FieldKind.SEQUENCE
                ? sequence(options, type) : random(options, type);
        float nullRate = options.get(DatagenOptions.FIELD_NULL_RATE);
        if (nullRate <= 0) {
            return generator;
        }
        return (number, random, now, row, index) -> {
            if (random.nextDouble() < nullRate) {
                row.setNullAt(index);
            } else {
                generator.write(number, random, now, row, index);
            }
        };
    }

    private FieldGenerator sequence(FieldOptions options, FieldType type) {
        FieldType boundType = type.kind() == io.eddy.runtime.data.FieldKind.STRING ? FieldType.BIGINT : type;
        long start = options.requiredLong(DatagenOptions.FIELD_START, boundType);
        long end = options.requiredLong(DatagenOptions.FIELD_END, boundType);
        if (end < start) {
            throw new ConnectorException("Sequence field '" + options.field() + "' ends (" + end + ") before it starts (" + start + ")");
        }
        sequenceLength = Math.min(sequenceLength, end - start + 1);
        return switch (type.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT -> (number, random, now, row, index) -> row.setLong(index, start + number);
            case FLOAT -> (number, random, now, row, index) -> row.setFloat(index, start + number);
            case DOUBLE -> (number, random, now, row, index) -> row.setDouble(index, start + number);
            case DECIMAL -> (number, random, now, row, index) ->
                    row.setDecimal(index, BigDecimal.valueOf(start + number).setScale(type.scale()));
            case STRING -> (number, random, now, row, index) -> row.setString(index, Long.toString(start + number));
            default -> throw new ConnectorException("Field '" + options.field() + "' of type " + type
                    + " cannot be a sequence: sequences generate numbers and strings");
        };
    }

    private FieldGenerator random(FieldOptions options, FieldType type) {
        return switch (type.kind()) {
            case BOOLEAN -> (number, random, now, row, index) -> row.setBoolean(index, random.nextBoolean());
            case TINYINT -> integer(options, type, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SMALLINT -> integer(options, type, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> integer(options, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integer(options, type, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> {
                double min = bound(options, DatagenOptions.FIELD_MIN, type, Float.MIN_VALUE);
                double max = bound(options, DatagenOptions.FIELD_MAX, type, Float.MAX_VALUE);
                yield (number, random, now, row, index) -> row.setFloat(index, (float) (min + random.nextDouble() * (max - min)));
            }
            case DOUBLE -> {
                double min = bound(options, DatagenOptions.FIELD_MIN, type, Double.MIN_VALUE);
                double max = bound(options, DatagenOptions.FIELD_MAX, type, Double.MAX_VALUE);
                yield (number, random, now, row, index) -> row.setDouble(index, min + random.nextDouble() * (max - min));
            }
            case DECIMAL -> decimal(options, type);
            case STRING -> {
                int length = options.get(DatagenOptions.FIELD_LENGTH);
                boolean varying = options.get(DatagenOptions.FIELD_VAR_LEN);
                yield (number, random, now, row, index) -> row.setString(index, hex(random, length(random, length, varying)));
            }
            case BYTES -> {
                int length = options.get(DatagenOptions.FIELD_LENGTH);
                boolean varying = options.get(DatagenOptions.FIELD_VAR_LEN);
                yield (number, random, now, row, index) -> row.setBytes(index, bytes(random, length(random, length, varying)));
            }
            case DATE -> {
                long days = options.get(DatagenOptions.FIELD_MAX_PAST).toDays();
                yield (number, random, now, row, index) ->
                        row.setLong(index, Math.floorDiv(now, MILLIS_PER_DAY) - random.nextLong(days + 1));
            }
            case TIME -> (number, random, now, row, index) -> row.setLong(index, random.nextLong(MILLIS_PER_DAY));
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                long past = options.get(DatagenOptions.FIELD_MAX_PAST).toMillis();
                yield (number, random, now, row, index) -> row.setTimestamp(index, now - random.nextLong(past + 1));
            }
            case ARRAY -> array(options, type);
            case MAP -> map(options, type);
            case ROW -> nestedRow(options, type.rowSchema());
        };
    }

    private static FieldGenerator integer(FieldOptions options, FieldType type, long typeMin, long typeMax) {
        long min = options.contains(DatagenOptions.FIELD_MIN) ? ((Number) options.bound(DatagenOptions.FIELD_MIN, type)).longValue() : typeMin;
        long max = options.contains(DatagenOptions.FIELD_MAX) ? ((Number) options.bound(DatagenOptions.FIELD_MAX, type)).longValue() : typeMax;
        checkRange(options, min <= max, min, max);
        long span = max - min + 1;
        if (span <= 0) {
            return (number, random, now, row, index) -> row.setLong(index, random.nextLong());
        }
        return (number, random, now, row, index) -> row.setLong(index, min + random.nextLong(span));
    }

    private static FieldGenerator decimal(FieldOptions options, FieldType type) {
        double limit = Math.pow(10, type.precision() - type.scale()) - Math.pow(10, -type.scale());
        double min = bound(options, DatagenOptions.FIELD_MIN, type, -limit);
        double max = bound(options, DatagenOptions.FIELD_MAX, type, limit);
        return (number, random, now, row, index) -> {
            BigDecimal value = BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(type.scale(), RoundingMode.HALF_UP);
            row.setDecimal(index, value.precision() > type.precision() ? BigDecimal.valueOf(max).setScale(type.scale(), RoundingMode.DOWN) : value);
        };
    }

    private static double bound(FieldOptions options, ConfigOption<String> option, FieldType type, double fallback) {
        Object value = options.bound(option, type);
        return value == null ? fallback : ((Number) value).doubleValue();
    }

    private static void checkRange(FieldOptions options, boolean ordered, Object min, Object max) {
        if (!ordered) {
            throw new ConnectorException("Field '" + options.field() + "' has min " + min + " above max " + max);
        }
    }

    private FieldGenerator array(FieldOptions options, FieldType type) {
        int length = collectionLength(options);
        ElementGenerator element = new ElementGenerator(random(options, type.children().get(0)), type.children().get(0));
        return (number, random, now, row, index) -> {
            List<Object> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(element.next(number, random, now));
            }
            row.setObject(index, Collections.unmodifiableList(values));
        };
    }

    private FieldGenerator map(FieldOptions options, FieldType type) {
        int length = collectionLength(options);
        ElementGenerator key = new ElementGenerator(random(options, type.children().get(0)), type.children().get(0));
        ElementGenerator value = new ElementGenerator(random(options, type.children().get(1)), type.children().get(1));
        return (number, random, now, row, index) -> {
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < length; i++) {
                entries.put(key.next(number, random, now), value.next(number, random, now));
            }
            row.setObject(index, Collections.unmodifiableMap(entries));
        };
    }

    private FieldGenerator nestedRow(FieldOptions options, RowSchema schema) {
        FieldGenerator[] fields = new FieldGenerator[schema.arity()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = random(new FieldOptions(Map.of(), options.field() + "." + schema.name(i)), schema.type(i));
        }
        return (number, random, now, row, index) -> {
            Row nested = new Row(schema);
            for (int i = 0; i < fields.length; i++) {
                fields[i].write(number, random, now, nested, i);
            }
            row.setRow(index, nested);
        };
    }

    private static int collectionLength(FieldOptions options) {
        return options.contains(DatagenOptions.FIELD_LENGTH) ? options.get(DatagenOptions.FIELD_LENGTH) : DEFAULT_COLLECTION_LENGTH;
    }

    private static int length(SequenceRandom random, int length, boolean varying) {
        return varying && length > 0 ? 1 + random.nextInt(length) : length;
    }

    private static String hex(SequenceRandom random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = HEX[random.nextInt(16)];
        }
        return new String(chars);
    }

    private static byte[] bytes(SequenceRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** Generates boxed collection elements through a one-field scratch row. */
    private static final class ElementGenerator {
        private final FieldGenerator generator;
        private final Row scratch;

        ElementGenerator(FieldGenerator generator, FieldType type) {
            this.generator = generator;
            this.scratch = new Row(RowSchema.of("element", type));
        }

        Object next(long number, SequenceRandom random, long now) {
            generator.write(number, random, now, scratch, 0);
            return scratch.getField(0);
        }
    }
}
