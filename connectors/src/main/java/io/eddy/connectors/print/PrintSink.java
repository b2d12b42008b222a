package io.eddy.connectors.print;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Prints every row as Flink's print sink does: {@code +I[1, abc]}, prefixed by the print identifier
 * and, when the sink runs in parallel, the 1-based subtask number ({@code orders:2> +I[...]}).
 */
public final class PrintSink implements Sink<Void> {

    private final String identifier;
    private final Supplier<PrintStream> stream;

    /**
     * @param identifier the {@code print-identifier}, or null
     * @param stream where to print, looked up when a writer starts (standard output or error)
     */
    public PrintSink(String identifier, Supplier<PrintStream> stream) {
        this.identifier = identifier;
        this.stream = requireNonNull(stream, "stream is null");
    }

    /** The prefix of every line printed by subtask {@code subtaskIndex} of {@code parallelism}. */
    static String prefix(String identifier, int subtaskIndex, int parallelism) {
        String prefix = identifier == null ? "" : identifier;
        if (parallelism > 1) {
            prefix = (prefix.isEmpty() ? "" : prefix + ":") + (subtaskIndex + 1);
        }
        return prefix.isEmpty() ? "" : prefix + "> ";
    }

    @Override
    public SinkWriter<Void> createWriter(SinkContext context) {
        String prefix = prefix(identifier, context.subtaskIndex(), context.parallelism());
        PrintStream out = stream.get();
        StringBuilder line = new StringBuilder(128);
        return new SinkWriter<>() {
            @Override
            public void write(Row row) {
                line.setLength(0);
                out.println(line.append(prefix).append(row));
            }

            @Override
            public void flush(boolean endOfInput) {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    @Override
    public String toString() {
        return "PrintSink" + (identifier == null ? "" : "[" + identifier + "]");
    }
}
