package io.eddy.connectors.filesystem;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.TypeSerializer;

/**
 * A closed part file waiting for its commit: renaming {@code inProgress} to {@code finished} makes it
 * visible to readers.
 *
 * @param inProgress the hidden file written so far
 * @param finished the visible name it gets on commit
 */
public record PendingFile(String inProgress, String finished) {

    /** Writes the two paths. */
    public static final TypeSerializer<PendingFile> SERIALIZER = new TypeSerializer<>() {
        @Override
        public void serialize(PendingFile value, BinaryOutput output) {
            output.writeString(value.inProgress());
            output.writeString(value.finished());
        }

        @Override
        public PendingFile deserialize(BinaryInput input) {
            return new PendingFile(input.readString(), input.readString());
        }
    };

    public PendingFile {
        requireNonNull(inProgress, "inProgress is null");
        requireNonNull(finished, "finished is null");
    }
}
