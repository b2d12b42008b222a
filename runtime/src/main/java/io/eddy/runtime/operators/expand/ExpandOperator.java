package io.eddy.runtime.operators.expand;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import java.util.Arrays;

/**
 * Turns each input row into one row per grouping set (GROUPING SETS, ROLLUP, CUBE): each output
 * field copies an input field or is null (a column the set does not group by), and the last field
 * holds the set's grouping id. The input's row kind is kept, so a retraction expands into one
 * retraction per set. Stateless.
 */
public final class ExpandOperator extends AbstractOneInputOperator {

    private final RowSchema schema;
    private final int[][] sources;
    private final long[] groupingIds;

    /**
     * @param schema the output row: the copied fields, then the BIGINT grouping id
     * @param sources per grouping set, per output field but the last, the input field it copies or
     *     -1 for null
     * @param groupingIds per grouping set, the value of its last field
     */
    public ExpandOperator(RowSchema schema, int[][] sources, long[] groupingIds) {
        this.schema = requireNonNull(schema, "schema is null");
        requireNonNull(sources, "sources is null");
        requireNonNull(groupingIds, "groupingIds is null");
        if (sources.length == 0 || sources.length != groupingIds.length) {
            throw new IllegalArgumentException("need one grouping id per grouping set, got "
                    + sources.length + " sets and " + groupingIds.length + " ids");
        }
        int idField = schema.arity() - 1;
        if (idField < 0 || schema.type(idField).kind() != FieldKind.BIGINT) {
            throw new IllegalArgumentException("the last field must be the BIGINT grouping id: " + schema);
        }
        this.sources = new int[sources.length][];
        for (int set = 0; set < sources.length; set++) {
            if (sources[set].length != idField) {
                throw new IllegalArgumentException("grouping set " + set + " fills " + sources[set].length
                        + " fields, the schema has " + idField + " before the grouping id");
            }
            this.sources[set] = sources[set].clone();
        }
        this.groupingIds = groupingIds.clone();
    }

    @Override
    public void processElement(Row row) {
        int idField = schema.arity() - 1;
        for (int set = 0; set < sources.length; set++) {
            Row expanded = new Row(row.getKind(), schema);
            int[] fields = sources[set];
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] >= 0) {
                    expanded.setFieldFrom(i, row, fields[i]);
                }
            }
            expanded.setLong(idField, groupingIds[set]);
            output.collect(expanded);
        }
    }

    @Override
    public String toString() {
        return "ExpandOperator(sets=" + Arrays.deepToString(sources) + ", ids=" + Arrays.toString(groupingIds) + ")";
    }
}
