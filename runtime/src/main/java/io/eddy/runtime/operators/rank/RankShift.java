package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import java.util.List;

/**
 * Walks ranks of a partition while rows move by one rank, emitting {@code -U[old, r]} / {@code +U[new, r]}
 * for every rank whose row changes. It holds the rank reached and the row carried to it.
 */
final class RankShift {

    private final RankedOutput output;
    private final long end;
    long rank;
    Row carried;

    RankShift(RankedOutput output, long end) {
        this.output = output;
        this.end = end;
    }

    /** Starts at {@code startRank} carrying {@code row}. */
    RankShift at(long startRank, Row row) {
        rank = startRank;
        carried = row;
        return this;
    }

    boolean withinEnd() {
        return rank <= end;
    }

    /** An insert ahead of {@code rows}: each of them moves one rank down, the carried row takes its rank. */
    void pushDown(List<Row> rows) {
        for (int i = 0; i < rows.size() && rank <= end; i++) {
            Row displaced = rows.get(i);
            output.emit(RowKind.UPDATE_BEFORE, displaced, rank);
            output.emit(RowKind.UPDATE_AFTER, carried, rank);
            carried = displaced;
            rank++;
        }
    }

    /** A retraction ahead of {@code rows}: each of them moves one rank up, replacing the carried row there. */
    void pullUp(List<Row> rows) {
        for (int i = 0; i < rows.size() && rank <= end; i++) {
            pullUp(rows.get(i));
        }
    }

    void pullUp(Row next) {
        output.emit(RowKind.UPDATE_BEFORE, carried, rank);
        output.emit(RowKind.UPDATE_AFTER, next, rank);
        carried = next;
        rank++;
    }
}
