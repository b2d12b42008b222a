package io.eddy.connectors.generator;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.SplitSerializer;

/** Version 1: varints of index, count and next number. */
public final class StridedSplitSerializer implements SplitSerializer<StridedSplit> {

    public static final StridedSplitSerializer INSTANCE = new StridedSplitSerializer();

    private static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public byte[] serialize(StridedSplit split) {
        BinaryOutput output = new BinaryOutput(16);
        output.writeVarInt(split.index());
        output.writeVarInt(split.count());
        output.writeVarLong(split.nextNumber());
        return output.toByteArray();
    }

    @Override
    public StridedSplit deserialize(int version, byte[] bytes) {
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown split version " + version + ", this build reads version " + VERSION);
        }
        BinaryInput input = new BinaryInput(bytes);
        return new StridedSplit(input.readVarInt(), input.readVarInt(), input.readVarLong());
    }
}
