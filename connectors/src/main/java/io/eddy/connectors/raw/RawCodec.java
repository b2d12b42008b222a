package io.eddy.connectors.raw;

import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads and writes the single column of the raw format. An empty record is NULL; a NULL value
 * encodes to {@code null} (a tombstone for message queues).
 */
final class RawCodec implements RecordDecoder, RecordEncoder {

    private final FieldKind kind;
    private final Charset charset;
    private final ByteOrder order;
    private final boolean produced;

    RawCodec(RowSchema schema, Charset charset, ByteOrder order, boolean produced) {
        this.kind = schema.kind(0);
        this.charset = charset;
        this.order = order;
        this.produced = produced;
    }

    static boolean supports(FieldKind kind) {
        return switch (kind) {
            case STRING, BYTES, BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    private static int width(FieldKind kind) {
        return switch (kind) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            case INT, FLOAT -> 4;
            default -> 8;
        };
    }

    @Override
    public boolean decode(byte[] bytes, int offset, int length, Row row) {
        if (!produced) {
            return true;
        }
        if (length == 0 && kind != FieldKind.STRING && kind != FieldKind.BYTES) {
            row.setNullAt(0);
            return true;
        }
        switch (kind) {
            case STRING -> row.setString(0, new String(bytes, offset, length, charset));
            case BYTES -> row.setBytes(0, Arrays.copyOfRange(bytes, offset, offset + length));
            default -> {
                if (length != width(kind)) {
                    throw new FormatException("a raw " + kind + " needs " + width(kind) + " bytes, the record has " + length);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length).order(order);
                switch (kind) {
                    case BOOLEAN -> row.setBoolean(0, buffer.get() != 0);
                    case TINYINT -> row.setLong(0, buffer.get());
                    case SMALLINT -> row.setLong(0, buffer.getShort());
                    case INT -> row.setLong(0, buffer.getInt());
                    case BIGINT -> row.setLong(0, buffer.getLong());
                    case FLOAT -> row.setFloat(0, buffer.getFloat());
                    default -> row.setDouble(0, buffer.getDouble());
                }
            }
        }
        return true;
    }

    @Override
    public long skippedRecords() {
        return 0;
    }

    @Override
    public byte[] encode(Row row) {
        if (row.isNullAt(0)) {
            return null;
        }
        return switch (kind) {
            case STRING -> row.getString(0).getBytes(charset);
            case BYTES -> row.getBytes(0).clone();
            default -> {
                ByteBuffer buffer = ByteBuffer.allocate(width(kind)).order(order);
                switch (kind) {
                    case BOOLEAN -> buffer.put((byte) (row.getBoolean(0) ? 1 : 0));
                    case TINYINT -> buffer.put(row.getByte(0));
                    case SMALLINT -> buffer.putShort(row.getShort(0));
                    case INT -> buffer.putInt(row.getInt(0));
                    case BIGINT -> buffer.putLong(row.getLong(0));
                    case FLOAT -> buffer.putFloat(row.getFloat(0));
                    default -> buffer.putDouble(row.getDouble(0));
                }
                yield buffer.array();
            }
        };
    }
}
