package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner knows about a {@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...)} filtered to a
 * rank range: the partition key ({@link EmptyKeySelector#INSTANCE} without PARTITION BY), the input
 * schema, the order, the ranks to keep and whether the row number is selected (then it is appended as
 * a BIGINT field named {@value #RANK_FIELD}).
 *
 * @param partitionKey the PARTITION BY key
 * @param inputSchema the schema of input rows
 * @param sort the ORDER BY
 * @param range the ranks to emit
 * @param outputRankNumber true when the row number is part of the output row
 * @param generateUpdateBefore false when downstream takes upserts keyed by rank: {@code -U} rows are then left out
 * @param sortCode the generated sort key selector and comparators, or {@link SortCode#INTERPRETED}
 */
public record TopNSpec(KeySelector partitionKey, RowSchema inputSchema, SortSpec sort, RankRange range,
                       boolean outputRankNumber, boolean generateUpdateBefore, SortCode sortCode) {

    /** The name of the appended rank field. */
    public static final String RANK_FIELD = "rownum";

    public TopNSpec {
        requireNonNull(partitionKey, "partitionKey is null");
        requireNonNull(inputSchema, "inputSchema is null");
        requireNonNull(sort, "sort is null");
        requireNonNull(range, "range is null");
        requireNonNull(sortCode, "sortCode is null");
        new RowComparator(inputSchema, sort.fields());
    }

    /** A spec whose ORDER BY runs the hand-written key selector and comparators. */
    public TopNSpec(KeySelector partitionKey, RowSchema inputSchema, SortSpec sort, RankRange range, boolean outputRankNumber,
                    boolean generateUpdateBefore) {
        this(partitionKey, inputSchema, sort, range, outputRankNumber, generateUpdateBefore, SortCode.INTERPRETED);
    }

    /** A spec that emits {@code -U} rows (retract mode, Flink's default downstream of a Top-N). */
    public TopNSpec(KeySelector partitionKey, RowSchema inputSchema, SortSpec sort, RankRange range, boolean outputRankNumber) {
        this(partitionKey, inputSchema, sort, range, outputRankNumber, true);
    }

    /** The schema of output rows: the input's, plus the rank when it is output. */
    public RowSchema outputSchema() {
        return outputSchema(inputSchema, outputRankNumber);
    }

    static RowSchema outputSchema(RowSchema inputSchema, boolean outputRankNumber) {
        if (!outputRankNumber) {
            return inputSchema;
        }
        List<RowSchema.Field> fields = new ArrayList<>(inputSchema.fields());
        fields.add(new RowSchema.Field(RANK_FIELD, FieldType.BIGINT));
        return new RowSchema(fields);
    }

    @Override
    public String toString() {
        return "TopN(" + partitionKey + ", " + sort + ", " + range + (outputRankNumber ? ", with rank number" : "")
                + (generateUpdateBefore ? "" : ", without update-before") + ")";
    }
}
