package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenRendererTest {

    private static final ColumnLayout COLUMNS = new ColumnLayout(List.of("word", "cnt"), List.of(8, 5), false);

    @Test
    void framesTitleStatusHeaderRowsAndFooter() {
        List<String> frame = ScreenRenderer.render("SQL Query Result (Table)", "Query running", COLUMNS,
                List.of(List.of("hello", "2"), List.of("world", "1")), "Rows: 2", 40, 9, false);
        assertThat(String.join("\n", frame) + "\n").isEqualTo("""
                       SQL Query Result (Table)
                 Query running

                     word   cnt
                    hello     2
                    world     1


                 Q Quit                        Rows: 2
                """);
        assertThat(frame).hasSize(9).allSatisfy(line -> assertThat(line.length()).isLessThan(40));
    }

    @Test
    void showsTheNewestRowsThatFit() {
        List<List<String>> rows = List.of(List.of("a", "1"), List.of("b", "2"), List.of("c", "3"));
        List<String> frame = ScreenRenderer.render("T", "s", COLUMNS, rows, "Rows: 3", 50, 7, true);
        assertThat(ScreenRenderer.bodyHeight(7)).isEqualTo(2);
        assertThat(frame.subList(4, 6)).containsExactly("        b     2", "        c     3");
        assertThat(frame.get(6)).isEqualTo(" Q Quit  Up/Down PgUp/PgDn Home/End      Rows: 3");
    }

    @Test
    void cutsLinesToANarrowScreenAndKeepsTheFooterOnATinyOne() {
        List<String> frame = ScreenRenderer.render("SQL Query Result (Changelog)", "Query finished", COLUMNS,
                List.of(List.of("a much longer word", "12345678")), "Changes: 1", 12, 6, false);
        assertThat(frame).hasSize(6).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(11));
        assertThat(frame.get(4)).isEqualTo(" a muc... 1");
        assertThat(ScreenRenderer.render("T", "s", COLUMNS, List.of(), "Rows: 0", 30, 2, false))
                .containsExactly("     word   cnt", " Q Quit              Rows: 0");
        assertThat(ScreenRenderer.bodyHeight(3)).isZero();
    }
}
