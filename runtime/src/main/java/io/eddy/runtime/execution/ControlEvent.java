package io.eddy.runtime.execution;

/** The non-record events that travel through exchange channels, in order with the records. */
sealed interface ControlEvent {

    /** Event-time progress of the producing subtask. */
    record Watermark(long timestamp) implements ControlEvent {
    }

    /** The producing subtask became idle or active. */
    record Status(boolean idle) implements ControlEvent {
        static final Status IDLE = new Status(true);
        static final Status ACTIVE = new Status(false);
    }

    /** A checkpoint barrier: everything before it belongs to the checkpoint, everything after it does not. */
    record Barrier(long checkpointId) implements ControlEvent {
    }

    /** The producing subtask has finished: nothing follows on this channel. */
    record EndOfInput() implements ControlEvent {
        static final EndOfInput INSTANCE = new EndOfInput();
    }
}
