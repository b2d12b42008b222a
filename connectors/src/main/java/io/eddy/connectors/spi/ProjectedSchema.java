package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.RowSchema;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The physical columns of a table together with the ones a query reads. Positional formats (CSV)
 * need the full physical layout to find a column; every source produces rows of
 * {@link #producedSchema()}: the projected columns in projection order.
 *
 * @param physicalSchema every physical column of the table, in declaration order
 * @param projection indexes into {@code physicalSchema} of the produced columns, in output order
 */
public record ProjectedSchema(RowSchema physicalSchema, List<Integer> projection) {

    public ProjectedSchema {
        requireNonNull(physicalSchema, "physicalSchema is null");
        projection = List.copyOf(requireNonNull(projection, "projection is null"));
        for (int index : projection) {
            if (index < 0 || index >= physicalSchema.arity()) {
                throw new IllegalArgumentException("projected field " + index + " is not in " + physicalSchema);
            }
        }
    }

    /** Every physical column, in declaration order. */
    public static ProjectedSchema all(RowSchema physicalSchema) {
        return new ProjectedSchema(physicalSchema, IntStream.range(0, physicalSchema.arity()).boxed().toList());
    }

    /** The schema of the rows a source produces. */
    public RowSchema producedSchema() {
        return physicalSchema.project(projectionArray());
    }

    /** The projection as an array (a copy). */
    public int[] projectionArray() {
        return projection.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For each physical column its position in the produced row, or -1 when it is not read. */
    public int[] producedPositions() {
        int[] positions = new int[physicalSchema.arity()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < projection.size(); i++) {
            positions[projection.get(i)] = i;
        }
        return positions;
    }

    @Override
    public String toString() {
        return producedSchema() + (projection.size() == physicalSchema.arity() ? "" : " of " + physicalSchema);
    }
}
