package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The runtime shape of a row: named fields with their {@link FieldType}s.
 *
 * <p>Names are for people (printing, errors, metrics); the runtime addresses fields by index. A schema
 * is immutable; it keeps its field kinds and whether all of them are fixed-width at hand, as every
 * {@link Row} it makes asks.
 */
public final class RowSchema {

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

    private final List<Field> fields;
    private final FieldKind[] kinds;
    private final boolean fixedWidthOnly;

    public RowSchema(List<Field> fields) {
        this.fields = List.copyOf(requireNonNull(fields, "fields is null"));
        this.kinds = new FieldKind[this.fields.size()];
        boolean allFixed = true;
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = this.fields.get(i).type().kind();
            allFixed &= kinds[i].isFixedWidth();
        }
        this.fixedWidthOnly = allFixed;
    }

    /** The fields, in order. */
    public List<Field> fields() {
        return fields;
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
        return kinds.length;
    }

    /** Whether every field is fixed-width (see {@link FieldKind#isFixedWidth()}), so rows hold no objects. */
    public boolean fixedWidthOnly() {
        return fixedWidthOnly;
    }

    public FieldType type(int index) {
        return fields.get(index).type();
    }

    public FieldKind kind(int index) {
        return kinds[index];
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
    public boolean equals(Object other) {
        return other instanceof RowSchema schema && fields.equals(schema.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
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
