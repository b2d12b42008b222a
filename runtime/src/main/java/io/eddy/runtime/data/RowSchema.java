package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The runtime shape of a row: named fields with their {@link FieldType}s.
 *
 * <p>Names are for people (printing, errors, metrics); the runtime addresses fields by index.
 */
public record RowSchema(List<Field> fields) {

    /** One named field of a schema. */
    public record Field(String name, FieldType type) {
        public Field {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }

        @Override
        public String toString() {
            return name + " " + type;
        }
    }

    public RowSchema {
        fields = List.copyOf(requireNonNull(fields, "fields is null"));
    }

    /** A schema from alternating names and types: {@code of("id", FieldType.BIGINT, "name", FieldType.STRING)}. */
    public static RowSchema of(Object... namesAndTypes) {
        if (namesAndTypes.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/type pairs, got " + namesAndTypes.length + " arguments");
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Field((String) namesAndTypes[i], (FieldType) namesAndTypes[i + 1]));
        }
        return new RowSchema(fields);
    }

    /** A schema of unnamed fields, called {@code f0, f1, ...}. */
    public static RowSchema ofTypes(FieldType... types) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            fields.add(new Field("f" + i, types[i]));
        }
        return new RowSchema(fields);
    }

    public int arity() {
        return fields.size();
    }

    public FieldType type(int index) {
        return fields.get(index).type();
    }

    public FieldKind kind(int index) {
        return fields.get(index).type().kind();
    }

    public String name(int index) {
        return fields.get(index).name();
    }

    /** The schema of the given fields, in the given order (for key selectors and projections). */
    public RowSchema project(int... indexes) {
        List<Field> projected = new ArrayList<>();
        for (int index : indexes) {
            projected.add(fields.get(index));
        }
        return new RowSchema(projected);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(fields.get(i));
        }
        return text.append(')').toString();
    }
}
