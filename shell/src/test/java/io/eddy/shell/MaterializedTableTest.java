package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.spi.RowKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterializedTableTest {

    /** Applies changes written as {@code +I hello 1}, one per line. */
    private static MaterializedTable apply(String changes) {
        MaterializedTable table = new MaterializedTable();
        changes.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] words = line.split(" ");
            table.apply(RowKind.fromShortString(words[0]), List.of(words).subList(1, words.length));
        });
        return table;
    }

    @Test
    void insertsAndUpdatesAddUpToTheLatestRows() {
        MaterializedTable table = apply("""
                +I hello 1
                +I world 1
                -U hello 1
                +U hello 2
                """);
        assertThat(table.rows()).containsExactly(List.of("world", "1"), List.of("hello", "2"));
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.changes()).isEqualTo(4);
        assertThat(table.unmatchedRetractions()).isZero();
    }

    @Test
    void deleteRemovesOnlyOneOfEqualRows() {
        MaterializedTable table = apply("""
                +I a 1
                +I b 2
                +I a 1
                -D a 1
                """);
        assertThat(table.rows()).containsExactly(List.of("a", "1"), List.of("b", "2"));
    }

    @Test
    void retractionMatchesTheWholeRowNotAPrefix() {
        MaterializedTable table = apply("""
                +I a 1
                -D a 2
                -U b 1
                """);
        assertThat(table.rows()).containsExactly(List.of("a", "1"));
        assertThat(table.unmatchedRetractions()).isEqualTo(2);
        assertThat(table.changes()).isEqualTo(3);
    }

    @Test
    void everyRowCanBeDeleted() {
        MaterializedTable table = apply("""
                +I a 1
                +U b 1
                -D a 1
                -U b 1
                """);
        assertThat(table.rows()).isEmpty();
        assertThat(table.lastRows(5)).isEmpty();
    }

    @Test
    void lastRowsAreTheNewest() {
        MaterializedTable table = apply("""
                +I a 1
                +I b 2
                +I c 3
                """);
        assertThat(table.lastRows(2)).containsExactly(List.of("b", "2"), List.of("c", "3"));
        assertThat(table.lastRows(10)).hasSize(3);
        assertThat(table.lastRows(0)).isEmpty();
        assertThat(table.toString()).isEqualTo("MaterializedTable[3 rows after 3 changes]");
    }

    @Test
    void rowsAreCopiesAndNullsAreRejected() {
        MaterializedTable table = apply("+I a 1");
        assertThatThrownBy(() -> table.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.apply(null, List.of("a"))).hasMessage("kind is null");
        assertThatThrownBy(() -> table.apply(RowKind.INSERT, null)).hasMessage("values is null");
    }
}
