package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingReader;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void followsTheNewestRowsUntilScrolled() {
        Viewport viewport = new Viewport();
        assertThat(viewport.first(3, 10)).isZero();
        assertThat(viewport.first(25, 10)).isEqualTo(15);
        assertThat(viewport.following()).isTrue();

        assertThat(viewport.move(ViewKey.UP, 25, 10)).isTrue();
        assertThat(viewport.first(25, 10)).isEqualTo(14);
        assertThat(viewport.first(40, 10)).as("stays put as rows arrive").isEqualTo(14);
        assertThat(viewport.first(12, 10)).as("clamped when rows go").isEqualTo(2);
        assertThat(viewport).hasToString("Viewport[first=14]");

        viewport.move(ViewKey.PAGE_UP, 40, 10);
        assertThat(viewport.first(40, 10)).isEqualTo(4);
        viewport.move(ViewKey.PAGE_UP, 40, 10);
        assertThat(viewport.first(40, 10)).isZero();
        viewport.move(ViewKey.UP, 40, 10);
        assertThat(viewport.first(40, 10)).isZero();

        viewport.move(ViewKey.PAGE_DOWN, 40, 10);
        viewport.move(ViewKey.DOWN, 40, 10);
        assertThat(viewport.first(40, 10)).isEqualTo(11);
        viewport.move(ViewKey.BOTTOM, 40, 10);
        assertThat(viewport.following()).isTrue();
        viewport.move(ViewKey.TOP, 40, 10);
        assertThat(viewport.first(40, 10)).isZero();
        viewport.move(ViewKey.PAGE_DOWN, 40, 10);
        viewport.move(ViewKey.PAGE_DOWN, 40, 10);
        viewport.move(ViewKey.PAGE_DOWN, 40, 10);
        assertThat(viewport.following()).as("scrolling to the end follows again").isTrue();
        assertThat(viewport.move(ViewKey.OTHER, 40, 10)).isFalse();
    }

    @Test
    void readsLettersArrowsAndPageKeys() throws IOException {
        assertThat(keys("qQ\u0003kjbgG x")).containsExactly(ViewKey.QUIT, ViewKey.QUIT, ViewKey.QUIT, ViewKey.UP,
                ViewKey.DOWN, ViewKey.PAGE_UP, ViewKey.TOP, ViewKey.BOTTOM, ViewKey.PAGE_DOWN, ViewKey.OTHER);
        assertThat(keys("\u001b[A\u001bOB\u001b[5~\u001b[6~\u001b[H\u001bOF\u001b[1~\u001b[4~"))
                .containsExactly(ViewKey.UP, ViewKey.DOWN, ViewKey.PAGE_UP, ViewKey.PAGE_DOWN, ViewKey.TOP,
                        ViewKey.BOTTOM, ViewKey.TOP, ViewKey.BOTTOM);
        assertThat(keys("\u001b[Z\u001bx")).containsExactly(ViewKey.OTHER, ViewKey.OTHER);
    }

    /** The keys in {@code input}, until the input ends. */
    private static List<ViewKey> keys(String input) throws IOException {
        NonBlockingReader reader = NonBlocking.nonBlocking("keys", new StringReader(input));
        List<ViewKey> keys = new ArrayList<>();
        for (ViewKey key = ViewKey.read(reader, 100); ; key = ViewKey.read(reader, 100)) {
            if (key == ViewKey.QUIT && reader.peek(10) == NonBlockingReader.EOF) {
                return keys;
            }
            keys.add(key);
        }
    }
}
