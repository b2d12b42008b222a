package io.eddy.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bounded source of this module, through the SPI: the rows read at parallelism 1, at
 * parallelism 3, and at parallelism 3 with every reader snapshotted and restored into a fresh reader
 * after each poll are the same rows.
 */
class SourceConformanceTest {

    @TempDir
    static Path directory;

    record Case(String name, String connector, RowSchema schema, Map<String, String> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> sources() throws Exception {
        StringBuilder json = new StringBuilder();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            json.append("{\"id\":").append(i).append(",\"name\":\"n").append(i).append("\"}\n");
            csv.append(i).append(",n").append(i).append('\n');
        }
        Files.writeString(directory.resolve("a.json"), json);
        Files.writeString(directory.resolve("b.json"), "{\"id\":-1,\"name\":\"last\"}\n");
        Path csvDirectory = Files.createDirectories(directory.resolve("csv"));
        Files.writeString(csvDirectory.resolve("a.csv"), csv);
        RowSchema idAndName = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
        return Stream.of(
                new Case("nexmark bid", "nexmark", NexmarkSchemas.BID,
                        Map.of("table", "bid", "max-events", "3000", "events-per-second", "1000")),
                new Case("nexmark person", "nexmark", NexmarkSchemas.PERSON,
                        Map.of("table", "person", "max-events", "3000", "events-per-second", "1000")),
                new Case("datagen", "datagen", RowSchema.of("id", FieldType.BIGINT, "s", FieldType.STRING,
                        "d", FieldType.decimal(8, 2), "a", FieldType.array(FieldType.INT)),
                        Map.of("number-of-rows", "2000", "rows-per-second", "700", "fields.id.kind", "sequence",
                                "fields.id.start", "5", "fields.id.end", "100000", "fields.s.length", "5")),
                new Case("filesystem json", "filesystem", idAndName,
                        Map.of("path", directory.toString(), "format", "json", "source.path.regex-pattern", ".*\\.json")),
                new Case("filesystem csv", "filesystem", idAndName, Map.of("path", csvDirectory.toString(), "format", "csv")))
                .map(Arguments::of);
    }

    @SuppressWarnings("unchecked")
    private static <S extends SourceSplit> List<String> read(Case source, int parallelism, boolean restoring) throws Exception {
        Source<S> built = (Source<S>) ConnectorFactories.load().createSource(source.connector(),
                SourceRequest.of("t", source.schema(), source.options()));
        assertThat(built.boundedness()).isEqualTo(Boundedness.BOUNDED);
        try (SourceHarness<S> harness = new SourceHarness<>(built, parallelism).start()) {
            List<Row> rows = restoring ? harness.runToEndRestoringAfterEveryPoll(100) : harness.runToEnd(100);
            return rows.stream().map(Row::toString).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sameRowsAtAnyParallelismAndAcrossRestores(Case source) throws Exception {
        List<String> single = read(source, 1, false);
        assertThat(single).isNotEmpty();
        assertThat(read(source, 3, false)).isEqualTo(single);
        assertThat(read(source, 3, true)).isEqualTo(single);
    }
}
