package io.eddy.connectors.datagen;

import io.eddy.connectors.generator.GeneratorSource;
import io.eddy.connectors.generator.RowGenerator;
import io.eddy.connectors.generator.SequenceRandom;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.Clock;

/**
 * {@code 'connector' = 'datagen'}: rows of random or sequential values at {@code rows-per-second}
 * (the total over all readers), bounded by {@code number-of-rows} or by the shortest sequence. Row n
 * is generated from a random sequence seeded by n, so readers split the rows as Flink splits its
 * sequences (reader i of k takes rows i, i+k, ...) and a restored reader emits the same rows again.
 */
public final class DatagenConnectorFactory implements ConnectorFactory {

    @Override
    public String identifier() {
        return "datagen";
    }

    @Override
    public boolean supportsSource() {
        return true;
    }

    @Override
    public Source<?> createSource(SourceRequest request) {
        RowSchema schema = request.schema().producedSchema();
        DatagenFields fields = new DatagenFields();
        createFields(fields, request, schema);
        long rowsPerSecond = request.optionValues().get(DatagenOptions.ROWS_PER_SECOND);
        Long numberOfRows = request.optionValues().get(DatagenOptions.NUMBER_OF_ROWS);
        long end = Math.min(numberOfRows == null ? Long.MAX_VALUE : numberOfRows, fields.sequenceLength());
        long seed = request.tableName().hashCode();
        return new GeneratorSource("datagen " + request.tableName(), schema, context -> new Rows(
                createFields(new DatagenFields(), request, schema), seed, rowsPerSecond, context.clock()), end);
    }

    /** The field generators of one reader (they keep scratch rows, so readers do not share them). */
    private static FieldGenerator[] createFields(DatagenFields fields, SourceRequest request, RowSchema schema) {
        FieldGenerator[] generators = new FieldGenerator[schema.arity()];
        for (int i = 0; i < schema.arity(); i++) {
            generators[i] = fields.create(new FieldOptions(request.options(), schema.name(i)), schema.type(i));
        }
        return generators;
    }

    /** Generates row n field by field from the random sequence of n. */
    private static final class Rows implements RowGenerator {
        private final FieldGenerator[] fields;
        private final long seed;
        private final double millisPerRow;
        private final Clock clock;
        private final SequenceRandom random = new SequenceRandom();

        Rows(FieldGenerator[] fields, long seed, long rowsPerSecond, Clock clock) {
            this.fields = fields;
            this.seed = seed;
            this.millisPerRow = 1000.0 / rowsPerSecond;
            this.clock = clock;
        }

        @Override
        public void generate(long number, Row row) {
            random.reseed(seed, number);
            long now = clock.currentTimeMillis();
            for (int i = 0; i < fields.length; i++) {
                fields[i].write(number, random, now, row, i);
            }
        }

        @Override
        public long dueMillis(long number) {
            return (long) (number * millisPerRow);
        }
    }
}
