package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.operator.AbstractTwoInputOperator;
import io.eddy.runtime.state.StateTtl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regular (unbounded) streaming join of two changelog inputs on equal join keys, with Flink's
 * semantics and row kinds: each side keeps its rows per join key ({@link JoinRecordState}); a row is
 * joined with every row of the other side under the same key that satisfies the non-equi condition.
 *
 * <ul>
 *   <li>Inner join: an input row is emitted joined with each match, with the input's own kind
 *       ({@code +I}/{@code +U} when accumulating, {@code -U}/{@code -D} when retracting).</li>
 *   <li>Outer side input: an accumulating row without matches emits {@code +I[row, nulls]}; with matches
 *       {@code +I} joined rows; a retracting row emits {@code -D} of what it emitted before.</li>
 *   <li>Outer other side: when a row of the outer side gets its first match, {@code -D[nulls, other]} is
 *       emitted before the joined {@code +I}; when its last match is retracted, {@code +I[nulls, other]}
 *       is emitted after the joined {@code -D}.</li>
 * </ul>
 *
 * Both inputs must be partitioned by their join keys; the key selectors must give equal key rows
 * (same types) for matching keys. State lives for {@code table.exec.state.ttl} after its last write.
 */
public final class StreamingJoinOperator extends AbstractTwoInputOperator {

    private final JoinType joinType;
    private final RowSchema leftSchema;
    private final RowSchema rightSchema;
    private final KeySelector leftKeySelector;
    private final KeySelector rightKeySelector;
    private final RowCondition condition;
    private final List<Map.Entry<Row, Long>> matches = new ArrayList<>();
    private JoinedRowWriter writer;
    private JoinRecordState leftState;
    private JoinRecordState rightState;

    /**
     * @param joinType INNER, LEFT, RIGHT or FULL
     * @param leftSchema the schema of input 1
     * @param rightSchema the schema of input 2
     * @param leftKeySelector the join key of input 1 (also how input 1 is partitioned)
     * @param rightKeySelector the join key of input 2, giving key rows equal to the left ones for matching rows
     * @param condition the non-equi remainder of the join condition, or {@code null} when there is none
     */
    public StreamingJoinOperator(JoinType joinType, RowSchema leftSchema, RowSchema rightSchema,
                                 KeySelector leftKeySelector, KeySelector rightKeySelector, RowCondition condition) {
        super(requireNonNull(leftKeySelector, "leftKeySelector is null"));
        this.joinType = requireNonNull(joinType, "joinType is null");
        this.leftSchema = requireNonNull(leftSchema, "leftSchema is null");
        this.rightSchema = requireNonNull(rightSchema, "rightSchema is null");
        this.leftKeySelector = leftKeySelector;
        this.rightKeySelector = requireNonNull(rightKeySelector, "rightKeySelector is null");
        this.condition = condition;
    }

    @Override
    public void open() {
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        writer = new JoinedRowWriter(leftSchema, rightSchema);
        leftState = new JoinRecordState(keyedStateBackend(), "left-records", leftSchema, ttl);
        rightState = new JoinRecordState(keyedStateBackend(), "right-records", rightSchema, ttl);
    }

    @Override
    public void processElement1(Row row) {
        keyedStateBackend().setCurrentKey(leftKeySelector.getKey(row));
        process(row, true);
    }

    @Override
    public void processElement2(Row row) {
        keyedStateBackend().setCurrentKey(rightKeySelector.getKey(row));
        process(row, false);
    }

    private void process(Row input, boolean inputIsLeft) {
        JoinRecordState inputState = inputIsLeft ? leftState : rightState;
        JoinRecordState otherState = inputIsLeft ? rightState : leftState;
        boolean inputIsOuter = inputIsLeft ? joinType.isLeftOuter() : joinType.isRightOuter();
        boolean otherIsOuter = inputIsLeft ? joinType.isRightOuter() : joinType.isLeftOuter();
        int matchCount = findMatches(input, inputIsLeft, otherState);
        if (input.getKind().isAccumulate()) {
            if (otherIsOuter) {
                for (Map.Entry<Row, Long> match : matches) {
                    long packed = match.getValue();
                    if (JoinRecordState.associations(packed) == 0) {
                        emitPadded(match.getKey(), !inputIsLeft, RowKind.DELETE, JoinRecordState.count(packed));
                    }
                    otherState.setAssociations(match.getKey(), packed, JoinRecordState.associations(packed) + 1);
                }
            }
            RowKind kind = inputIsOuter || otherIsOuter ? RowKind.INSERT : input.getKind();
            if (inputIsOuter && matchCount == 0) {
                emitPadded(input, inputIsLeft, RowKind.INSERT, 1);
            }
            emitJoined(input, inputIsLeft, kind);
            inputState.add(input, matchCount);
        } else {
            inputState.retract(input);
            if (matchCount == 0) {
                if (inputIsOuter) {
                    emitPadded(input, inputIsLeft, RowKind.DELETE, 1);
                }
            } else {
                emitJoined(input, inputIsLeft, inputIsOuter ? RowKind.DELETE : input.getKind());
                if (otherIsOuter) {
                    for (Map.Entry<Row, Long> match : matches) {
                        long packed = match.getValue();
                        if (JoinRecordState.associations(packed) == 1) {
                            emitPadded(match.getKey(), !inputIsLeft, RowKind.INSERT, JoinRecordState.count(packed));
                        }
                        otherState.setAssociations(match.getKey(), packed, JoinRecordState.associations(packed) - 1);
                    }
                }
            }
        }
        matches.clear();
    }

    /** Collects the other side's rows that satisfy the condition into {@link #matches}; returns their total count. */
    private int findMatches(Row input, boolean inputIsLeft, JoinRecordState otherState) {
        matches.clear();
        int total = 0;
        for (Map.Entry<Row, Long> entry : otherState.entries()) {
            Row other = entry.getKey();
            if (condition == null || (inputIsLeft ? condition.test(input, other) : condition.test(other, input))) {
                matches.add(entry);
                total += JoinRecordState.count(entry.getValue());
            }
        }
        return total;
    }

    private void emitJoined(Row input, boolean inputIsLeft, RowKind kind) {
        for (Map.Entry<Row, Long> match : matches) {
            Row joined = inputIsLeft ? writer.join(input, match.getKey(), kind) : writer.join(match.getKey(), input, kind);
            for (int i = JoinRecordState.count(match.getValue()); i > 0; i--) {
                output.collect(joined);
            }
        }
    }

    private void emitPadded(Row row, boolean rowIsLeft, RowKind kind, int times) {
        for (int i = 0; i < times; i++) {
            output.collect(rowIsLeft ? writer.join(row, null, kind) : writer.join(null, row, kind));
        }
    }
}
