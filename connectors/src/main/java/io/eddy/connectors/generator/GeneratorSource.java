package io.eddy.connectors.generator;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;

/**
 * A source of generated rows (datagen, Nexmark): the numbers 0, 1, 2 ... up to an optional end are
 * dealt out to the readers in interleaved {@link StridedSplit}s, and each reader turns its numbers
 * into rows with its own {@link RowGenerator}.
 */
public final class GeneratorSource implements Source<StridedSplit> {

    private final String description;
    private final RowSchema schema;
    private final RowGenerator.Factory generators;
    private final long endNumber;

    /**
     * @param description names the source in {@code toString}
     * @param schema the produced rows' schema
     * @param generators creates one generator per reader
     * @param endNumber the first number not emitted; {@code Long.MAX_VALUE} for an unbounded source
     */
    public GeneratorSource(String description, RowSchema schema, RowGenerator.Factory generators, long endNumber) {
        this.description = requireNonNull(description, "description is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.generators = requireNonNull(generators, "generators is null");
        if (endNumber < 0) {
            throw new IllegalArgumentException("endNumber must not be negative: " + endNumber);
        }
        this.endNumber = endNumber;
    }

    public RowSchema schema() {
        return schema;
    }

    @Override
    public Boundedness boundedness() {
        return endNumber == Long.MAX_VALUE ? Boundedness.CONTINUOUS_UNBOUNDED : Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<StridedSplit> createEnumerator(EnumeratorContext<StridedSplit> context, byte[] restoredState) {
        return new StridedSplitEnumerator(context, restoredState);
    }

    @Override
    public SourceReader<StridedSplit> createReader(ReaderContext context) {
        return new GeneratorReader(generators.create(context), schema, endNumber, context.clock());
    }

    @Override
    public SplitSerializer<StridedSplit> splitSerializer() {
        return StridedSplitSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return description + schema + (endNumber == Long.MAX_VALUE ? "" : " (" + endNumber + " numbers)");
    }
}
