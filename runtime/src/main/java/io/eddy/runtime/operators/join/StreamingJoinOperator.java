package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
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
public final class StreamingJoinOperator extends AbstractJoinOperator {

    private final List<Map.Entry<Row, Long>> matches = new ArrayList<>();
    private JoinRecordState leftState;
    private JoinRecordState rightState;

    /** A regular join as {@code spec} says (INNER, LEFT, RIGHT or FULL). */
    public StreamingJoinOperator(JoinSpec spec) {
        super(spec);
        spec.joinType().checkOneOf("a regular join", JoinType.INNER, JoinType.LEFT, JoinType.RIGHT, JoinType.FULL);
    }

    @Override
    public void open() throws Exception {
        super.open();
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        leftState = new JoinRecordState(keyedStateBackend(), "left-records", spec.leftSchema(), ttl);
        rightState = new JoinRecordState(keyedStateBackend(), "right-records", spec.rightSchema(), ttl);
    }

    @Override
    public void processElement1(Row row) {
        setCurrentJoinKey(row, true);
        process(row, true);
    }

    @Override
    public void processElement2(Row row) {
        setCurrentJoinKey(row, false);
        process(row, false);
    }

    private void process(Row input, boolean inputIsLeft) {
        JoinRecordState inputState = inputIsLeft ? leftState : rightState;
        JoinRecordState otherState = inputIsLeft ? rightState : leftState;
        boolean inputIsOuter = inputIsLeft ? spec.joinType().isLeftOuter() : spec.joinType().isRightOuter();
        boolean otherIsOuter = inputIsLeft ? spec.joinType().isRightOuter() : spec.joinType().isLeftOuter();
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
            if (inputIsLeft ? conditionHolds(input, other) : conditionHolds(other, input)) {
                matches.add(entry);
                total += JoinRecordState.count(entry.getValue());
            }
        }
        return total;
    }

    private void emitJoined(Row input, boolean inputIsLeft, RowKind kind) {
        for (Map.Entry<Row, Long> match : matches) {
            for (int i = JoinRecordState.count(match.getValue()); i > 0; i--) {
                if (inputIsLeft) {
                    emitJoined(input, match.getKey(), kind);
                } else {
                    emitJoined(match.getKey(), input, kind);
                }
            }
        }
    }

    private void emitPadded(Row row, boolean rowIsLeft, RowKind kind, int times) {
        for (int i = 0; i < times; i++) {
            emitPadded(row, rowIsLeft, kind);
        }
    }
}
