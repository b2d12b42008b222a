package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.jdbc.spi.RowKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogResultTest {

    private static final ColumnLayout WORD_COUNT = new ColumnLayout(List.of("word", "cnt"), List.of(8, 5), false);

    @Test
    void listsEveryChangeWithItsRowKindAndKeepsTheLatestThousand() {
        ChangelogResult changelog = new ChangelogResult(WORD_COUNT);
        for (int i = 1; i <= 1005; i++) {
            changelog.apply(i % 2 == 0 ? RowKind.UPDATE_AFTER : RowKind.UPDATE_BEFORE, List.of("w", "" + i));
        }
        assertThat(changelog.columns().names()).containsExactly("op", "word", "cnt");
        assertThat(changelog.rows(998, 1000)).containsExactly(List.of("+U", "w", "1004"), List.of("-U", "w", "1005"));
        assertThat(changelog.rows(0, changelog.size())).hasSize(ChangelogResult.KEPT_CHANGES)
                .first().isEqualTo(List.of("+U", "w", "6"));
        assertThat(changelog.changes()).isEqualTo(1005);
        assertThat(changelog.summary()).isEqualTo("Changes: 1005");
        assertThat(changelog.title()).isEqualTo("SQL Query Result (Changelog)");
    }

    @Test
    void tableDropsTheRowKindColumnAndCountsRows() {
        TableResult table = new TableResult(WORD_COUNT.withRowKind());
        table.apply(RowKind.INSERT, List.of("hello", "1"));
        table.apply(RowKind.UPDATE_BEFORE, List.of("hello", "1"));
        table.apply(RowKind.UPDATE_AFTER, List.of("hello", "2"));
        assertThat(table.columns()).isEqualTo(WORD_COUNT);
        assertThat(table.rows(0, table.size())).containsExactly(List.of("hello", "2"));
        assertThat(table.summary()).isEqualTo("Rows: 1");
        assertThat(table.changes()).isEqualTo(3);
    }
}
