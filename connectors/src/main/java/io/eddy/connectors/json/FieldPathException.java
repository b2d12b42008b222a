package io.eddy.connectors.json;

import io.eddy.connectors.format.FormatException;

/** A bad value inside a record, with the dotted path of the field that holds it ({@code field 'a.b': ...}). */
final class FieldPathException extends FormatException {

    private final String path;
    private final String reason;

    FieldPathException(String path, String reason) {
        super("field '" + path + "': " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** The error of field {@code name} whose value failed with {@code cause}, extending the path of nested errors. */
    static FieldPathException of(String name, FormatException cause) {
        if (cause instanceof FieldPathException nested) {
            return new FieldPathException(name + "." + nested.path, nested.reason);
        }
        return new FieldPathException(name, cause.getMessage());
    }
}
