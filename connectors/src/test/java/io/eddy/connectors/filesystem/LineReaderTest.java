package io.eddy.connectors.filesystem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {

    @TempDir
    Path directory;

    /** Every line of the file from {@code offset}, each with the offset of the line after it. */
    private List<String> lines(String text, long offset, int bufferBytes) throws Exception {
        Path file = directory.resolve("lines.txt");
        Files.write(file, text.getBytes(UTF_8));
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(file, offset, bufferBytes)) {
            while (reader.next()) {
                lines.add(new String(reader.buffer(), reader.lineStart(), reader.lineLength(), UTF_8) + "@" + reader.offset());
            }
            assertThat(reader.next()).isFalse();
        }
        return lines;
    }

    @Test
    void splitsAtNewlinesDroppingCarriageReturnsBeforeThem() throws Exception {
        String text = "one\r\ntwo\n\n\r\nthree\rx\nlast";
        for (int buffer : new int[] {1, 2, 3, 7, 64, LineReader.BUFFER_BYTES}) {
            assertThat(lines(text, 0, buffer)).as("buffer of %d bytes", buffer)
                    .containsExactly("one@5", "two@9", "@10", "@12", "three\rx@20", "last@24");
        }
    }

    @Test
    void aLastLineWithoutNewlineKeepsItsCarriageReturnAndAnEmptyFileHasNoLines() throws Exception {
        assertThat(lines("a\nb\r", 0, 4)).containsExactly("a@2", "b\r@4");
        assertThat(lines("", 0, 4)).isEmpty();
        assertThat(lines("\n", 0, 4)).containsExactly("@1");
    }

    @Test
    void linesLongerThanTheBufferGrowIt() throws Exception {
        String longLine = "x".repeat(1000);
        assertThat(lines("ab\n" + longLine + "\ncd\n" + longLine, 0, 16))
                .containsExactly("ab@3", longLine + "@1004", "cd@1007", longLine + "@2007");
    }

    @Test
    void startsAtAnOffsetAndReportsFileOffsets() throws Exception {
        String text = "first\nsecond\nthird\n";
        assertThat(lines(text, 6, 4)).containsExactly("second@13", "third@19");
        assertThat(lines(text, text.length(), 4)).isEmpty();
    }

    @Test
    void findsNewlinesEightBytesAtATimeAsOneByOne() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                int pick = random.nextInt(6);
                bytes[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x0B : pick == 2 ? 0x09 : pick == 3 ? -118 : random.nextInt(256));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int expected = -1;
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(LineReader.indexOfNewline(bytes, from, bytes.length)).isEqualTo(expected);
        }
    }
}
