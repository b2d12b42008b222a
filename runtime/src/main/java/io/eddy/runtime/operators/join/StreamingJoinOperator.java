package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.state.StateTtl;

/**
 * The regular (unbounded) streaming join of two changelog inputs on equal join keys, with Flink's
 * semantics and row kinds: each side keeps its rows per join key ({@link JoinRecordState}, or
 * {@link AppendedRowsState} for an insert-only inner side); a row is
 * joined with every row of the other side under the same key that satisfies the non-equi condition.
 *
 * <ul>
 *   <li>Inner join: an input row is emitted joined with each match, with the input's own kind
 *       ({@code +I}/{@code +U} when accumulating, {@code -U}/{@code -D} when retracting).</li>
 *   <li>Outer side input: an accumulating row without matches emits {@code +I[row, nulls]}; with matches
 *       {@code +I} joined rows; a retracting row emits {@code -D} of what it emitted before.</li>
 *   <li>Outer other side: accumulating rows of the inner side emit {@code +I} joined rows, retracting
 *       ones keep their kind. When a row of the outer side gets its first match, {@code -D[nulls, other]}
 *       is emitted just before the joined {@code +I}; when its last match is retracted,
 *       {@code +I[nulls, other]} just after the joined retraction (per match, as current Flink).</li>
 * </ul>
 *
 * Both inputs must be partitioned by their join keys; the key selectors must give equal key rows
 * (same types) for matching keys. State lives for {@code table.exec.state.ttl} after its last write.
 */
public final class StreamingJoinOperator extends AbstractJoinOperator {

    private final JoinMatches matches = new JoinMatches();
    private final JoinMatches.PairCondition condition = this::conditionHolds;
    private final boolean leftInsertOnly;
    private final boolean rightInsertOnly;
    private JoinSideState leftState;
    private JoinSideState rightState;

    /** A regular join as {@code spec} says (INNER, LEFT, RIGHT or FULL) of two changelog inputs. */
    public StreamingJoinOperator(JoinSpec spec) {
        this(spec, false, false);
    }

    /**
     * A regular join as {@code spec} says, told which inputs only ever insert: an insert-only side
     * that is not outer keeps its rows appended to a list ({@link AppendedRowsState}).
     */
    public StreamingJoinOperator(JoinSpec spec, boolean leftInsertOnly, boolean rightInsertOnly) {
        super(spec);
        spec.joinType().checkOneOf("a regular join", JoinType.INNER, JoinType.LEFT, JoinType.RIGHT, JoinType.FULL);
        this.leftInsertOnly = leftInsertOnly;
        this.rightInsertOnly = rightInsertOnly;
    }

    /**
     * Whether a side keeps its rows appended ({@link AppendedRowsState}) rather than counted: when it
     * only inserts and is not outer, so nothing retracts its rows or counts their associations.
     */
    public static boolean appendsRows(boolean insertOnly, boolean outer) {
        return insertOnly && !outer;
    }

    @Override
    public void open() throws Exception {
        super.open();
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        leftState = appendsRows(leftInsertOnly, spec.joinType().isLeftOuter())
                ? new AppendedRowsState(keyedStateBackend(), "left-rows", spec.leftSchema(), ttl)
                : new JoinRecordState(keyedStateBackend(), "left-records", spec.leftSchema(), ttl);
        rightState = appendsRows(rightInsertOnly, spec.joinType().isRightOuter())
                ? new AppendedRowsState(keyedStateBackend(), "right-rows", spec.rightSchema(), ttl)
                : new JoinRecordState(keyedStateBackend(), "right-records", spec.rightSchema(), ttl);
    }

    @Override
    public void processElement1(Row row) {
        if (setCurrentJoinKey(row, true)) {
            process(row, true);
        } else {
            emitUnmatchable(row, true);
        }
    }

    @Override
    public void processElement2(Row row) {
        if (setCurrentJoinKey(row, false)) {
            process(row, false);
        } else {
            emitUnmatchable(row, false);
        }
    }

    private void process(Row input, boolean inputIsLeft) {
        JoinSideState inputState = inputIsLeft ? leftState : rightState;
        JoinSideState otherState = inputIsLeft ? rightState : leftState;
        boolean inputIsOuter = inputIsLeft ? spec.joinType().isLeftOuter() : spec.joinType().isRightOuter();
        boolean otherIsOuter = inputIsLeft ? spec.joinType().isRightOuter() : spec.joinType().isLeftOuter();
        boolean accumulate = input.getKind().isAccumulate();
        int matchCount = findMatches(input, inputIsLeft, otherState);
        if (accumulate) {
            inputState.add(input, matchCount);
            if (inputIsOuter && matchCount == 0) {
                emitPadded(input, inputIsLeft, RowKind.INSERT);
            }
        } else {
            inputState.retract(input);
            if (inputIsOuter && matchCount == 0) {
                emitPadded(input, inputIsLeft, RowKind.DELETE);
            }
        }
        // As Flink: inner joins forward the input's kind; with an outer side, accumulations become +I and
        // retractions of the outer side -D (retractions of the inner side keep -U/-D).
        RowKind joinedKind;
        if (accumulate) {
            joinedKind = inputIsOuter || otherIsOuter ? RowKind.INSERT : input.getKind();
        } else {
            joinedKind = inputIsOuter ? RowKind.DELETE : input.getKind();
        }
        for (int match = 0; match < matches.size(); match++) {
            Row other = matches.row(match);
            long packed = matches.packed(match);
            int associations = JoinRecordState.associations(packed);
            for (int i = JoinRecordState.count(packed); i > 0; i--) {
                if (otherIsOuter && accumulate && associations == 0) {
                    emitPadded(other, !inputIsLeft, RowKind.DELETE);
                }
                emitJoined(input, other, inputIsLeft, joinedKind);
                if (otherIsOuter && !accumulate && associations == 1) {
                    emitPadded(other, !inputIsLeft, RowKind.INSERT);
                }
            }
            if (otherIsOuter) {
                otherState.setAssociations(other, packed, accumulate ? associations + 1 : associations - 1);
            }
        }
        matches.clear();
    }

    /** Collects the other side's rows that satisfy the condition into {@link #matches}; returns their total count. */
    private int findMatches(Row input, boolean inputIsLeft, JoinSideState otherState) {
        matches.collect(otherState, input, inputIsLeft, condition);
        return matches.totalCount();
    }

    private void emitJoined(Row input, Row other, boolean inputIsLeft, RowKind kind) {
        if (inputIsLeft) {
            emitJoined(input, other, kind);
        } else {
            emitJoined(other, input, kind);
        }
    }
}
