package io.eddy.connectors.filesystem;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.SplitSerializer;

/** Version 1: the path, then varints of the byte offset and the line number. */
final class FileSplitSerializer implements SplitSerializer<FileSplit> {

    static final FileSplitSerializer INSTANCE = new FileSplitSerializer();

    private static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public byte[] serialize(FileSplit split) {
        BinaryOutput output = new BinaryOutput(split.path().length() + 16);
        output.writeString(split.path());
        output.writeVarLong(split.offset());
        output.writeVarLong(split.line());
        return output.toByteArray();
    }

    @Override
    public FileSplit deserialize(int version, byte[] bytes) {
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown file split version " + version + ", this build reads version " + VERSION);
        }
        BinaryInput input = new BinaryInput(bytes);
        return new FileSplit(input.readString(), input.readVarLong(), input.readVarLong());
    }
}
