package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.StateTtl;
import java.util.List;

/**
 * The streaming semi join ({@code IN} / {@code EXISTS}) and anti join ({@code NOT IN} / {@code NOT EXISTS})
 * of two changelog inputs, as Flink's semi/anti join: output rows are left rows only.
 *
 * <ul>
 *   <li>A left row is forwarded with its own kind when it has a match (SEMI) or has none (ANTI).</li>
 *   <li>When a left row gets its first match from a right row, SEMI emits it with the right row's kind
 *       ({@code +I}/{@code +U}) and ANTI emits {@code -D}; when its last match is retracted, SEMI emits it
 *       with the retraction's kind ({@code -U}/{@code -D}) and ANTI emits {@code +I}.</li>
 * </ul>
 *
 * A row with a null in a key compared with {@code =} matches nothing (ANTI forwards such left rows).
 * Left rows are kept with how many right rows they match; right rows with their count. State lives for
 * {@code table.exec.state.ttl} after its last write.
 */
public final class SemiAntiJoinOperator extends AbstractJoinOperator {

    private final boolean anti;
    private final JoinMatches matches = new JoinMatches();
    private final JoinMatches.PairCondition condition = this::conditionHolds;
    private JoinedRowWriter leftRows;
    private JoinRecordState leftState;
    private JoinRecordState rightState;

    /** A semi or anti join as {@code spec} says (join type SEMI or ANTI). */
    public SemiAntiJoinOperator(JoinSpec spec) {
        super(spec);
        spec.joinType().checkOneOf("a semi/anti join", JoinType.SEMI, JoinType.ANTI);
        this.anti = spec.joinType() == JoinType.ANTI;
    }

    @Override
    public void open() throws Exception {
        super.open();
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        leftRows = new JoinedRowWriter(spec.leftSchema(), new RowSchema(List.of()));
        leftState = new JoinRecordState(keyedStateBackend(), "semi-left-records", spec.leftSchema(), ttl);
        rightState = new JoinRecordState(keyedStateBackend(), "semi-right-records", spec.rightSchema(), ttl);
    }

    @Override
    public void processElement1(Row row) {
        if (!setCurrentJoinKey(row, true)) {
            emitUnmatchable(row, true);
            return;
        }
        matches.collect(rightState, row, true, condition);
        int matchCount = matches.totalCount();
        matches.clear();
        if ((matchCount == 0) == anti) {
            output.collect(row);
        }
        if (row.getKind().isAccumulate()) {
            leftState.add(row, matchCount);
        } else {
            leftState.retract(row);
        }
    }

    @Override
    public void processElement2(Row row) {
        if (!setCurrentJoinKey(row, false)) {
            return;
        }
        matches.collect(leftState, row, false, condition);
        boolean accumulate = row.getKind().isAccumulate();
        if (accumulate) {
            rightState.add(row, 0);
        } else {
            rightState.retract(row);
        }
        int changing = accumulate ? 0 : 1;
        RowKind kind = anti ? (accumulate ? RowKind.DELETE : RowKind.INSERT) : row.getKind();
        for (int match = 0; match < matches.size(); match++) {
            long packed = matches.packed(match);
            int associations = JoinRecordState.associations(packed);
            if (associations == changing) {
                for (int i = JoinRecordState.count(packed); i > 0; i--) {
                    output.collect(leftRows.join(matches.row(match), null, kind));
                }
            }
            leftState.setAssociations(matches.row(match), packed, accumulate ? associations + 1 : associations - 1);
        }
        matches.clear();
    }
}
