package io.eddy.connectors.filesystem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemConnectorTest {

    private static final RowSchema ORDERS = RowSchema.of("id", FieldType.BIGINT, "item", FieldType.STRING, "price", FieldType.BIGINT);

    @TempDir
    Path directory;

    @SuppressWarnings("unchecked")
    private Source<FileSplit> source(Path path, String format, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("path", path.toString(), "format", format));
        options.putAll(extra);
        return (Source<FileSplit>) ConnectorFactories.load().createSource("filesystem", SourceRequest.of("orders", ORDERS, options));
    }

    @SuppressWarnings("unchecked")
    private Sink<PendingFile> sink(String format) {
        return (Sink<PendingFile>) ConnectorFactories.load().createSink("filesystem",
                new SinkRequest("orders", ORDERS, Map.of("path", directory.toString(), "format", format)));
    }

    private static List<String> read(Source<FileSplit> source, int parallelism) throws Exception {
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, parallelism).start()) {
            return harness.runToEnd(1).stream().map(Row::toString).sorted().toList();
        }
    }

    private List<String> visibleFiles() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void partFilesBecomeVisibleOnCommitAndReadBack() throws Exception {
        Sink<PendingFile> sink = sink("json");
        List<PendingFile> pending;
        try (SinkWriter<PendingFile> writer = SinkDriver.writer(sink, 0, 2)) {
            writer.write(Rows.parse(ORDERS, "+I[1, apple, 100]"));
            writer.write(Rows.parse(ORDERS, "+I[2, 'pear, green', 250]"));
            writer.flush(true);
            pending = writer.prepareCommit(7);
        }
        assertThat(visibleFiles()).isEmpty();
        SinkDriver.commit(sink, pending);
        SinkDriver.commit(sink, pending);
        SinkDriver.writeAll(sink, 1, 2, List.of(Rows.parse(ORDERS, "+I[3, plum, null]")));

        assertThat(visibleFiles()).hasSize(2).allMatch(name -> name.startsWith("part-"));
        assertThat(Files.readString(Path.of(pending.get(0).finished()))).isEqualTo(
                "{\"id\":1,\"item\":\"apple\",\"price\":100}\n{\"id\":2,\"item\":\"pear, green\",\"price\":250}\n");
        assertThat(read(source(directory, "json", Map.of()), 2))
                .containsExactly("+I[1, apple, 100]", "+I[2, pear, green, 250]", "+I[3, plum, null]");
        assertThat(PendingFile.SERIALIZER.fromBytes(PendingFile.SERIALIZER.toBytes(pending.get(0)))).isEqualTo(pending.get(0));
    }

    @Test
    void partFilesRollBySizeAgeAndInactivity() throws Exception {
        @SuppressWarnings("unchecked")
        Sink<PendingFile> sink = (Sink<PendingFile>) ConnectorFactories.load().createSink("filesystem", new SinkRequest("orders",
                ORDERS, Map.of("path", directory.toString(), "format", "csv", "sink.rolling-policy.file-size", "20 b",
                        "sink.rolling-policy.rollover-interval", "10 s", "sink.rolling-policy.inactivity-interval", "3 s")));
        ManualClock clock = new ManualClock(0);
        try (SinkWriter<PendingFile> writer = SinkDriver.writer(sink, 0, 1, clock)) {
            writer.write(Rows.parse(ORDERS, "+I[1, a-rather-long-item-name, 1]"));
            writer.write(Rows.parse(ORDERS, "+I[2, b, 2]"));
            clock.advance(10_000);
            writer.write(Rows.parse(ORDERS, "+I[3, c, 3]"));
            clock.advance(2_000);
            writer.flush(false);
            writer.write(Rows.parse(ORDERS, "+I[4, d, 4]"));
            clock.advance(3_000);
            writer.flush(false);
            assertThat(writer.prepareCommit(1).stream().map(file -> Path.of(file.finished()).getFileName().toString()))
                    .hasSize(3).allMatch(name -> name.matches("part-[0-9a-f-]{36}-0-[0-2]"));
        }
    }

    @Test
    void readsEveryVisibleFileOfADirectoryAsCsv() throws Exception {
        Files.writeString(directory.resolve("a.csv"), "1,apple,100\n2,pear,250\n");
        Files.createDirectories(directory.resolve("nested"));
        Files.writeString(directory.resolve("nested/b.csv"), "3,plum,7\r\n\n");
        Files.writeString(directory.resolve(".c.csv.inprogress"), "garbage\n");
        Files.writeString(directory.resolve("_SUCCESS"), "");

        assertThat(read(source(directory, "csv", Map.of()), 3))
                .containsExactly("+I[1, apple, 100]", "+I[2, pear, 250]", "+I[3, plum, 7]");
        assertThat(read(source(directory.resolve("a.csv"), "csv", Map.of()), 1)).hasSize(2);
    }

    @Test
    void aMalformedLineFailsWithFileLineAndReason() throws Exception {
        Path file = directory.resolve("orders.json");
        Files.writeString(file, "{\"id\":1,\"item\":\"a\",\"price\":1}\n\n{\"id\":2,\"item\":\"b\",\"price\":\"abc\"}\n");
        assertThatThrownBy(() -> read(source(file, "json", Map.of()), 1))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Malformed record in " + file + ":3 of table orders: field 'price': cannot read 'abc' as BIGINT");

        Path csv = directory.resolve("orders.csv");
        Files.writeString(csv, "1,a,1\n2,\"b,2\n");
        assertThatThrownBy(() -> read(source(csv, "csv", Map.of()), 1))
                .hasMessage("Malformed record in " + csv + ":2 of table orders: field 2 has no closing quote");
    }

    @Test
    void jsonLinesWithCrlfUnicodeEscapesAndNoFinalNewlineReadAsWritten() throws Exception {
        Path file = directory.resolve("orders.json");
        Files.writeString(file, "{\"id\":1,\"item\":\"caf\u00e9 \\\"x\\\"\",\"price\":1}\r\n\r\n"
                + "{\"price\":2,\"note\":{\"a\":[1,2]},\"id\":2,\"item\":null}\r\n"
                + "{\"id\":3,\"item\":\"" + "y".repeat(3000) + "\"}", UTF_8);
        assertThat(read(source(file, "json", Map.of()), 1)).containsExactly(
                "+I[1, caf\u00e9 \"x\", 1]", "+I[2, null, 2]", "+I[3, " + "y".repeat(3000) + ", null]");
        Files.writeString(file, "{\"id\":1}\r\n{\"id\":2}\r\n{\"id\":\"two\"}\r\n", UTF_8);
        assertThatThrownBy(() -> read(source(file, "json", Map.of()), 1))
                .hasMessage("Malformed record in " + file + ":3 of table orders: field 'id': cannot read 'two' as BIGINT");
    }

    @Test
    void ignoredParseErrorsAreSkippedAndCounted() throws Exception {
        Path file = directory.resolve("orders.json");
        Files.writeString(file, "{\"id\":1,\"item\":\"a\",\"price\":1}\nnot json\n{\"id\":3}\n{\"id\":4,\n");
        Source<FileSplit> source = source(file, "json", Map.of("json.ignore-parse-errors", "true"));
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, 1).start()) {
            assertThat(harness.runToEnd(1).stream().map(Row::toString)).containsExactly("+I[1, a, 1]", "+I[3, null, null]");
        }
        FileReader reader = (FileReader) source.createReader(null);
        reader.addSplits(List.of(FileSplit.start(file.toString())));
        reader.notifyNoMoreSplits();
        SourceHarness.drain(reader);
        assertThat(reader.skippedRecords()).isEqualTo(2);
    }

    @Test
    void aRestoredReaderResumesAtTheLineItStopped() throws Exception {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            text.append(i).append(",item").append(i).append(',').append(i * 3).append('\n');
            expected.add("+I[" + i + ", item" + i + ", " + i * 3 + "]");
        }
        Path file = directory.resolve("big.csv");
        Files.writeString(file, text, UTF_8);
        Source<FileSplit> source = source(file, "csv", Map.of());
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, 1).start()) {
            harness.poll(0);
            assertThat(harness.rows()).hasSize(FileReader.BATCH);
            assertThat(harness.snapshot(0)).containsExactly(new FileSplit(file.toString(), text.indexOf("1024,"), 1025));
            harness.restore(0);
            harness.runToEnd(1);
            assertThat(harness.rows().stream().map(Row::toString)).containsExactlyElementsOf(expected);
        }
    }

    private static void pollUntilIdle(SourceHarness<FileSplit> harness, int parallelism) throws Exception {
        boolean more = true;
        while (more) {
            more = false;
            for (int i = 0; i < parallelism; i++) {
                InputStatus status = harness.poll(i);
                assertThat(status).isNotEqualTo(InputStatus.END_OF_INPUT);
                more |= status == InputStatus.MORE_AVAILABLE;
            }
        }
    }

    @Test
    void aMonitoredDirectoryIsReadAgainForNewFilesOnly() throws Exception {
        Files.writeString(directory.resolve("a.csv"), "1,apple,100\n");
        Source<FileSplit> source = source(directory, "csv", Map.of("source.monitor-interval", "1 s"));
        assertThat(source.boundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
        byte[] enumeratorState;
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, 2).start()) {
            pollUntilIdle(harness, 2);
            Files.writeString(directory.resolve("b.csv"), "2,pear,250\n");
            Files.writeString(directory.resolve(".c.csv.inprogress"), "3,plum,7\n");
            harness.runPeriodicActions();
            pollUntilIdle(harness, 2);
            assertThat(harness.rows().stream().map(Row::toString)).containsExactly("+I[1, apple, 100]", "+I[2, pear, 250]");
            enumeratorState = harness.snapshotEnumerator();
        }
        Files.move(directory.resolve(".c.csv.inprogress"), directory.resolve("c.csv"));
        try (SourceHarness<FileSplit> restored = new SourceHarness<>(source, 2).start(enumeratorState)) {
            pollUntilIdle(restored, 2);
            assertThat(restored.rows().stream().map(Row::toString)).as("only the file that is new since the snapshot")
                    .containsExactly("+I[3, plum, 7]");
            restored.runPeriodicActions();
            pollUntilIdle(restored, 2);
            assertThat(restored.rows()).hasSize(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void metadataColumnsFollowTheDecodedOnes() throws Exception {
        Path file = directory.resolve("orders.csv");
        Files.writeString(file, "1,apple,100\n2,pear,250\n");
        SourceRequest request = new SourceRequest("orders", new ProjectedSchema(ORDERS, List.of(2, 0)),
                Map.of("path", directory.toString(), "format", "csv"), WatermarkStrategy.noWatermarks(),
                List.of("file.name", "file.size", "file.path"));
        Source<FileSplit> source = (Source<FileSplit>) ConnectorFactories.load().createSource("filesystem", request);
        try (SourceHarness<FileSplit> harness = new SourceHarness<>(source, 1).start()) {
            assertThat(harness.runToEnd(1).stream().map(Row::toString)).containsExactly(
                    "+I[100, 1, orders.csv, 23, " + file + "]", "+I[250, 2, orders.csv, 23, " + file + "]");
        }
        assertThat(ConnectorFactories.load().get("filesystem").supportedMetadata().stream().map(Object::toString))
                .containsExactly("file.path STRING (read-only)", "file.name STRING (read-only)", "file.size BIGINT (read-only)",
                        "file.modification-time TIMESTAMP_LTZ(3) (read-only)");
        assertThatThrownBy(() -> ConnectorFactories.load().createSource("filesystem", new SourceRequest("orders",
                ProjectedSchema.all(ORDERS), Map.of("path", "x", "format", "csv"), WatermarkStrategy.noWatermarks(),
                List.of("offset"))))
                .hasMessage("Connector 'filesystem' of table orders has no metadata 'offset'. Available metadata: file.path,"
                        + " file.name, file.size, file.modification-time");
    }

    @Test
    void aMissingPathFailsInOneLine() {
        Path missing = directory.resolve("nope");
        assertThatThrownBy(() -> read(source(missing, "json", Map.of()), 1))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Path '" + missing + "' of table orders does not exist");
        assertThatThrownBy(() -> ConnectorFactories.load().createSource("filesystem",
                SourceRequest.of("orders", ORDERS, Map.of("path", "x"))))
                .hasMessage("Table orders needs option 'format' (json, csv or raw)");
    }
}
