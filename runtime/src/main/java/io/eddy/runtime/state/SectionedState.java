package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;

/**
 * One named state of a backend as {@link AbstractKeyedStateBackend} sees it: something that writes
 * its live entries of a key group as a canonical section ({@link KeyGroupStateFormat}) and reads one back.
 */
public interface SectionedState {

    StateDescriptor<?, ?> descriptor();

    /** Writes the live entries of one key group, dropping expired ones; false when there are none. */
    boolean writeSection(int keyGroup, BinaryOutput output, long now);

    /** Loads one key group's section, written by any backend. */
    void readSection(int keyGroup, BinaryInput input);
}
