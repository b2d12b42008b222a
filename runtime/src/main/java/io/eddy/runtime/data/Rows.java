package io.eddy.runtime.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Changelog fixtures as text: {@code +I[1, abc]}, {@code -U[1, abc]}, {@code +U[2, abc]}, {@code -D[2, abc]}.
 *
 * <p>Fields are separated by commas; {@code null} is a null field; a value in single quotes keeps
 * commas and spaces ({@code 'a, b'}). Without a schema, integers become BIGINT, numbers with a point
 * DOUBLE, {@code true}/{@code false} BOOLEAN and anything else STRING. With a schema, each field is
 * read as its kind (timestamps as {@code 2020-04-15T08:00:05} or {@code 2020-04-15 08:00:05}).
 */
public final class Rows {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("-?\\d+\\.\\d+([eE]-?\\d+)?");

    private Rows() {
    }

    /** Parses one row, inferring field kinds from the text. */
    public static Row parse(String text) {
        Parsed parsed = split(text);
        Object[] values = new Object[parsed.fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = inferValue(parsed.fields.get(i));
        }
        return Row.ofKind(parsed.kind, values);
    }

    /** Parses one row of the given schema. */
    public static Row parse(RowSchema schema, String text) {
        Parsed parsed = split(text);
        if (parsed.fields.size() != schema.arity()) {
            throw new IllegalArgumentException("'" + text + "' has " + parsed.fields.size() + " fields, schema " + schema + " has " + schema.arity());
        }
        Row row = new Row(parsed.kind, schema);
        for (int i = 0; i < schema.arity(); i++) {
            Field field = parsed.fields.get(i);
            try {
                row.setField(i, field.isNull() ? null : convert(field.text, schema.type(i)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("field " + i + " ('" + field.text + "') of '" + text + "' is not a " + schema.type(i) + ": " + e.getMessage(), e);
            }
        }
        return row;
    }

    /** Parses several rows, inferring field kinds. */
    public static List<Row> parseAll(String... texts) {
        List<Row> rows = new ArrayList<>();
        for (String text : texts) {
            rows.add(parse(text));
        }
        return rows;
    }

    /** Parses several rows of the given schema. */
    public static List<Row> parseAll(RowSchema schema, String... texts) {
        List<Row> rows = new ArrayList<>();
        for (String text : texts) {
            rows.add(parse(schema, text));
        }
        return rows;
    }

    /** The {@code toString} form of each row, for assertions on text. */
    public static List<String> format(List<Row> rows) {
        List<String> texts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            texts.add(row.toString());
        }
        return texts;
    }

    private record Field(String text, boolean quoted) {
        boolean isNull() {
            return !quoted && text.equals("null");
        }
    }

    private record Parsed(RowKind kind, List<Field> fields) {
    }

    private static Parsed split(String text) {
        String trimmed = text.trim();
        if (trimmed.length() < 4 || trimmed.charAt(2) != '[' || !trimmed.endsWith("]")) {
            throw new IllegalArgumentException("expected a row like +I[1, a], got '" + text + "'");
        }
        RowKind kind = RowKind.fromShortString(trimmed.substring(0, 2));
        String body = trimmed.substring(3, trimmed.length() - 1);
        List<Field> fields = new ArrayList<>();
        if (body.isBlank()) {
            return new Parsed(kind, fields);
        }
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                if (inQuotes && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    if (!quoted && current.toString().isBlank()) {
                        current.setLength(0);
                    }
                    inQuotes = !inQuotes;
                    quoted = true;
                }
            } else if (!inQuotes && (c == '[' || c == '(')) {
                depth++;
                current.append(c);
            } else if (!inQuotes && (c == ']' || c == ')')) {
                depth--;
                current.append(c);
            } else if (c == ',' && !inQuotes && depth == 0) {
                fields.add(new Field(quoted ? current.toString() : current.toString().trim(), quoted));
                current.setLength(0);
                quoted = false;
            } else if (inQuotes || !(quoted && Character.isWhitespace(c))) {
                current.append(c);
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unterminated quote in '" + text + "'");
        }
        fields.add(new Field(quoted ? current.toString() : current.toString().trim(), quoted));
        return new Parsed(kind, fields);
    }

    private static Object inferValue(Field field) {
        String text = field.text;
        if (field.quoted) {
            return text;
        } else if (field.isNull()) {
            return null;
        } else if (INTEGER.matcher(text).matches()) {
            return Long.parseLong(text);
        } else if (DECIMAL_NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        } else if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static Object convert(String text, FieldType type) {
        return switch (type.kind()) {
            case BOOLEAN -> parseBoolean(text);
            case TINYINT, SMALLINT, INT, BIGINT -> Long.parseLong(text);
            case FLOAT, DOUBLE -> Double.parseDouble(text);
            case DATE -> LocalDate.parse(text);
            case TIME -> LocalTime.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
            case TIMESTAMP_LTZ -> Instant.parse(text.replace(' ', 'T'));
            case DECIMAL -> new BigDecimal(text);
            case STRING -> text;
            case BYTES -> Base64.getDecoder().decode(text);
            default -> throw new IllegalArgumentException("fixtures do not support " + type + " fields");
        };
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        } else if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false");
    }
}
