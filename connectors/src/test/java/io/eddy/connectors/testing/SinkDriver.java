package io.eddy.connectors.testing;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.time.ManualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes rows into one writer of a sink as the runtime does, and commits what it pre-commits. */
public final class SinkDriver {

    private SinkDriver() {
    }

    public static <C> SinkWriter<C> writer(Sink<C> sink, int subtaskIndex, int parallelism) throws Exception {
        return writer(sink, subtaskIndex, parallelism, new ManualClock(0));
    }

    public static <C> SinkWriter<C> writer(Sink<C> sink, int subtaskIndex, int parallelism, ManualClock clock) throws Exception {
        return sink.createWriter(new SinkContext("sink", subtaskIndex, parallelism, new Configuration(), clock));
    }

    /** Writes the rows, finishes the input, pre-commits and commits; returns the committables. */
    public static <C> List<C> writeAll(Sink<C> sink, int subtaskIndex, int parallelism, List<Row> rows) throws Exception {
        List<C> committables;
        try (SinkWriter<C> writer = writer(sink, subtaskIndex, parallelism)) {
            for (Row row : rows) {
                writer.write(row);
            }
            writer.flush(true);
            committables = new ArrayList<>(writer.prepareCommit(Long.MAX_VALUE));
        }
        commit(sink, committables);
        return committables;
    }

    public static <C> void commit(Sink<C> sink, List<C> committables) throws Exception {
        Optional<Committer<C>> committer = sink.createCommitter();
        if (committer.isPresent()) {
            try (Committer<C> it = committer.get()) {
                it.commit(committables);
            }
        }
    }
}
