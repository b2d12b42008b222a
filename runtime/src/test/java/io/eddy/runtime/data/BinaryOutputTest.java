package io.eddy.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryOutputTest {

    @Test
    void stringsAreTheirUtf8BytesAfterTheirCountWhateverTheirCharacters() {
        List<String> strings = List.of("", "https://www.nexmark.com/abc/item.htm?query=1", "x".repeat(200), "café",
                "Łódź", "日本語", "emoji \uD83D\uDE00", "\u007F\u0080", "a\u00FFb");
        for (String string : strings) {
            BinaryOutput output = new BinaryOutput(8);
            output.writeString(string);
            BinaryOutput expected = new BinaryOutput(8);
            expected.writeBytes(string.getBytes(StandardCharsets.UTF_8));
            assertThat(output.toByteArray()).as(string).isEqualTo(expected.toByteArray());
            assertThat(new BinaryInput(output.toByteArray()).readString()).isEqualTo(string);
        }
    }
}
