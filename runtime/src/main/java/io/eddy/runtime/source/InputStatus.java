package io.eddy.runtime.source;

/** What {@link SourceReader#pollNext(ReaderOutput)} tells the task loop. */
public enum InputStatus {
    /** Call again right away: more records are ready. */
    MORE_AVAILABLE,
    /** Nothing now: the task idles (spin, yield, park) before polling again. */
    NOTHING_AVAILABLE,
    /** All assigned splits are done and no more will come: the reader is finished. */
    END_OF_INPUT
}
