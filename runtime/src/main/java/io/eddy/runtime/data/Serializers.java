package io.eddy.runtime.data;

import java.util.ArrayList;
import java.util.List;

/** Serializers for common Java types used in state (counts, timestamps, names, lists). */
public final class Serializers {

    public static final TypeSerializer<Long> LONG = new TypeSerializer<>() {
        @Override
        public void serialize(Long value, BinaryOutput output) {
            output.writeVarLong(value);
        }

        @Override
        public Long deserialize(BinaryInput input) {
            return input.readVarLong();
        }
    };

    public static final TypeSerializer<Integer> INT = new TypeSerializer<>() {
        @Override
        public void serialize(Integer value, BinaryOutput output) {
            output.writeVarInt(value);
        }

        @Override
        public Integer deserialize(BinaryInput input) {
            return input.readVarInt();
        }
    };

    public static final TypeSerializer<Double> DOUBLE = new TypeSerializer<>() {
        @Override
        public void serialize(Double value, BinaryOutput output) {
            output.writeLong(Double.doubleToRawLongBits(value));
        }

        @Override
        public Double deserialize(BinaryInput input) {
            return Double.longBitsToDouble(input.readLong());
        }
    };

    public static final TypeSerializer<String> STRING = new TypeSerializer<>() {
        @Override
        public void serialize(String value, BinaryOutput output) {
            output.writeString(value);
        }

        @Override
        public String deserialize(BinaryInput input) {
            return input.readString();
        }
    };

    public static final TypeSerializer<byte[]> BYTES = new TypeSerializer<>() {
        @Override
        public void serialize(byte[] value, BinaryOutput output) {
            output.writeBytes(value);
        }

        @Override
        public byte[] deserialize(BinaryInput input) {
            return input.readBytes();
        }
    };

    private Serializers() {
    }

    /** A serializer for lists of non-null elements. */
    public static <T> TypeSerializer<List<T>> listOf(TypeSerializer<T> elements) {
        return new TypeSerializer<>() {
            @Override
            public void serialize(List<T> value, BinaryOutput output) {
                output.writeUnsignedVarInt(value.size());
                for (T element : value) {
                    elements.serialize(element, output);
                }
            }

            @Override
            public List<T> deserialize(BinaryInput input) {
                int size = input.readUnsignedVarInt();
                List<T> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(elements.deserialize(input));
                }
                return list;
            }
        };
    }
}
