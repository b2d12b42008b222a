package io.eddy.runtime.harness;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;

/** One thing an operator emitted, as recorded by a test harness: a record, a watermark or an idleness change. */
public sealed interface OutputEvent {

    /** An emitted record (a copy, so later reuse by the operator does not change it). */
    record Record(Row row) implements OutputEvent {
        public Record {
            requireNonNull(row, "row is null");
        }

        @Override
        public String toString() {
            return row.toString();
        }
    }

    /** An emitted watermark. */
    record Watermark(long timestamp) implements OutputEvent {
        @Override
        public String toString() {
            return "W(" + (timestamp == Long.MAX_VALUE ? "MAX" : timestamp) + ")";
        }
    }

    /** An emitted idleness change. */
    record Status(boolean idle) implements OutputEvent {
        @Override
        public String toString() {
            return idle ? "IDLE" : "ACTIVE";
        }
    }
}
