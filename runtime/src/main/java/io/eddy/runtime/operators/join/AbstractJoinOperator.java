package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operator.AbstractTwoInputOperator;

/**
 * What the keyed join operators share: the {@link JoinSpec}, setting the current join key from either
 * input, the non-equi condition, and emitting joined or null-padded rows through one reused row.
 */
public abstract class AbstractJoinOperator extends AbstractTwoInputOperator {

    protected final JoinSpec spec;
    private JoinedRowWriter writer;

    protected AbstractJoinOperator(JoinSpec spec) {
        super(requireNonNull(spec, "spec is null").leftKeySelector());
        this.spec = spec;
    }

    @Override
    public void open() throws Exception {
        writer = new JoinedRowWriter(spec.leftSchema(), spec.rightSchema());
    }

    /**
     * Makes the join key of a row of input 1 (left) or input 2 (right) current. Returns false, setting
     * nothing, when a key compared with {@code =} is null: such a row matches no row of the other side.
     */
    protected final boolean setCurrentJoinKey(Row row, boolean rowIsLeft) {
        Row key = (rowIsLeft ? spec.leftKeySelector() : spec.rightKeySelector()).getKey(row);
        if (!spec.canMatch(key)) {
            return false;
        }
        keyedStateBackend().setCurrentKey(key);
        return true;
    }

    /**
     * Handles a row whose key matches nothing (see {@link #setCurrentJoinKey}): an outer side's row is
     * emitted null-padded at once ({@code +I}, or {@code -D} for a retraction), a left row of an ANTI
     * join is forwarded as it is, others are dropped.
     */
    protected final void emitUnmatchable(Row row, boolean rowIsLeft) {
        if (rowIsLeft && spec.joinType() == JoinType.ANTI) {
            output.collect(row);
        } else if (rowIsLeft ? spec.joinType().isLeftOuter() : spec.joinType().isRightOuter()) {
            emitPadded(row, rowIsLeft, row.getKind().isAccumulate() ? RowKind.INSERT : RowKind.DELETE);
        }
    }

    /** Whether the pair satisfies the non-equi condition (always true without one). */
    protected final boolean conditionHolds(Row left, Row right) {
        return spec.condition() == null || spec.condition().test(left, right);
    }

    /** Emits {@code left} joined with {@code right} as a row of {@code kind}. */
    protected final void emitJoined(Row left, Row right, RowKind kind) {
        output.collect(writer.join(left, right, kind));
    }

    /** Emits {@code row} (of the left input when {@code rowIsLeft}) padded with nulls for the other side. */
    protected final void emitPadded(Row row, boolean rowIsLeft, RowKind kind) {
        output.collect(rowIsLeft ? writer.join(row, null, kind) : writer.join(null, row, kind));
    }

    /** Fails unless {@code field} is a field of {@code schema}; {@code side} names it in the message. */
    protected static void checkField(RowSchema schema, int field, String side) {
        if (field < 0 || field >= schema.arity()) {
            throw new IllegalArgumentException("the " + side + " rowtime field " + field + " is not in " + schema);
        }
    }

    /** The epoch milliseconds of a rowtime field, failing with a clear message when it is null. */
    protected static long rowtime(Row row, int field) {
        if (row.isNullAt(field)) {
            throw new IllegalArgumentException("the rowtime field " + row.schema().name(field) + " is null in " + row
                    + "; time-bounded joins need a non-null time attribute");
        }
        return row.getTimestampMillis(field);
    }

    /** Fails unless {@code row} is an insertion, for operators that take append-only inputs. */
    protected static void checkAppendOnly(Row row, String operator) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalArgumentException(operator + " takes append-only inputs but got " + row);
        }
    }
}
