package io.eddy.connectors.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.generator.StridedSplit;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NexmarkSourceTest {

    @SuppressWarnings("unchecked")
    private static Source<StridedSplit> source(String table, RowSchema schema, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("table", table, "events-per-second", "1000", "max-events", "5000"));
        options.putAll(extra);
        return (Source<StridedSplit>) ConnectorFactories.load().createSource("nexmark",
                SourceRequest.of(table + "s", schema, options));
    }

    private static List<Row> readAll(Source<StridedSplit> source, int parallelism) throws Exception {
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(source, parallelism).start()) {
            return new ArrayList<>(harness.runToEnd(1000));
        }
    }

    private static List<String> sorted(List<Row> rows) {
        return rows.stream().map(Row::toString).sorted().toList();
    }

    @Test
    void eventsComeInProportionsOfOneThreeAndFortySix() throws Exception {
        assertThat(readAll(source("person", NexmarkSchemas.PERSON, Map.of()), 1)).hasSize(100);
        assertThat(readAll(source("auction", NexmarkSchemas.AUCTION, Map.of()), 1)).hasSize(300);
        assertThat(readAll(source("bid", NexmarkSchemas.BID, Map.of()), 1)).hasSize(4600);
        assertThat(source("bid", NexmarkSchemas.BID, Map.of()).boundedness()).isEqualTo(Boundedness.BOUNDED);
        assertThat(source("bid", NexmarkSchemas.BID, Map.of("max-events", "0")).boundedness())
                .isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() throws Exception {
        List<Row> first = readAll(source("bid", NexmarkSchemas.BID, Map.of("seed", "7")), 1);
        List<Row> again = readAll(source("bid", NexmarkSchemas.BID, Map.of("seed", "7")), 1);
        List<Row> other = readAll(source("bid", NexmarkSchemas.BID, Map.of("seed", "8")), 1);

        assertThat(again).isEqualTo(first);
        assertThat(other).hasSameSizeAs(first).isNotEqualTo(first);
    }

    @Test
    void parallelReadersTogetherEmitExactlyTheSingleReaderStream() throws Exception {
        Source<StridedSplit> bids = source("bid", NexmarkSchemas.BID, Map.of());
        List<Row> single = readAll(bids, 1);
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(bids, 4).start()) {
            harness.runToEnd(1000);
            assertThat(harness.rowsBySplit()).hasSize(4);
            assertThat(sorted(harness.rows())).isEqualTo(sorted(single));
            assertThat(harness.releasedSplits()).hasSize(4);
        }
    }

    @Test
    void outOfOrderGroupsShuffleTheSameEvents() throws Exception {
        List<Row> ordered = readAll(source("bid", NexmarkSchemas.BID, Map.of()), 1);
        List<Row> shuffled = readAll(source("bid", NexmarkSchemas.BID, Map.of("out-of-order-group-size", "10")), 1);

        assertThat(shuffled).isNotEqualTo(ordered);
        assertThat(sorted(shuffled)).isEqualTo(sorted(ordered));
        long outOfOrder = 0;
        for (int i = 1; i < shuffled.size(); i++) {
            long delta = shuffled.get(i).getTimestampMillis(5) - shuffled.get(i - 1).getTimestampMillis(5);
            assertThat(delta).as("events move only within their group of 10").isBetween(-10L, 20L);
            outOfOrder += delta < 0 ? 1 : 0;
        }
        assertThat(outOfOrder).isPositive();
    }

    @Test
    void valuesFollowTheNexmarkModel() throws Exception {
        List<Row> persons = readAll(source("person", NexmarkSchemas.PERSON, Map.of()), 1);
        List<Row> auctions = readAll(source("auction", NexmarkSchemas.AUCTION, Map.of()), 1);
        List<Row> bids = readAll(source("bid", NexmarkSchemas.BID, Map.of()), 1);

        assertThat(persons.get(0).getLong(0)).isEqualTo(1000);
        assertThat(persons.get(1).getLong(0)).isEqualTo(1001);
        assertThat(persons.get(1).getField(6)).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0, 0, 50_000_000));
        assertThat(persons.get(0).getString(3)).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(persons.get(0).getString(2)).matches("[a-z ]+@[a-z ]+\\.com");
        assertThat(auctions.get(0).getLong(0)).isEqualTo(1000);
        assertThat(auctions.get(3).getLong(0)).isEqualTo(1003);
        for (Row auction : auctions) {
            assertThat(auction.getLong(4)).isGreaterThan(auction.getLong(3));
            assertThat(auction.getTimestampMillis(6)).isGreaterThan(auction.getTimestampMillis(5));
            assertThat(auction.getLong(8)).isBetween(10L, 14L);
        }
        long maxAuction = auctions.get(auctions.size() - 1).getLong(0);
        for (Row bid : bids) {
            assertThat(bid.getLong(0)).isBetween(1000L, maxAuction + 11);
            assertThat(bid.getLong(2)).isBetween(100L, 100_000_000L);
            assertThat(bid.getString(4)).startsWith("https://www.nexmark.com/");
        }
        long hot = bids.stream().filter(bid -> bid.getLong(0) % 100 == 0).count();
        assertThat(hot).as("about half the bids go to hot auctions").isBetween(2000L, 2800L);
        assertThat(bids.stream().map(bid -> bid.getString(3)).distinct().count()).isGreaterThan(100);
    }

    @Test
    void projectedColumnsHaveTheSameValuesAsFullRows() throws Exception {
        RowSchema projected = RowSchema.of("price", FieldType.BIGINT, "date_time", FieldType.timestamp(3),
                "auction", FieldType.BIGINT);
        List<Row> full = readAll(source("bid", NexmarkSchemas.BID, Map.of()), 1);
        List<Row> narrow = readAll(source("bid", projected, Map.of()), 1);

        assertThat(narrow).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertThat(narrow.get(i).toString()).isEqualTo("+I[" + full.get(i).getField(2) + ", "
                    + full.get(i).getField(5) + ", " + full.get(i).getField(0) + "]");
        }
    }

    @Test
    void restoringAReaderFromItsSnapshotResumesExactly() throws Exception {
        Source<StridedSplit> bids = source("bid", NexmarkSchemas.BID, Map.of());
        List<Row> expected = readAll(bids, 2);
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(bids, 2).start()) {
            for (int round = 0; round < 40 && harness.rows().size() < expected.size(); round++) {
                harness.pollUntil(round % 2, harness.rows().size() + 37, 7);
                harness.restore(round % 2);
            }
            harness.runToEnd(1000);
            assertThat(sorted(harness.rows())).isEqualTo(sorted(expected));
        }
    }

    @Test
    void emitsOnlyWhatTheRateAllowsAndReportsPositionAndLag() throws Exception {
        Source<StridedSplit> bids = source("bid", NexmarkSchemas.BID, Map.of("max-events", "0"));
        ManualClock clock = new ManualClock(1_000_000);
        WatermarkStrategy watermarks = WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(5), Duration.ZERO);
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>(bids, 1, clock, watermarks).start()) {
            assertThat(harness.poll(0)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.rows()).isEmpty();
            assertThat(harness.positions()).containsEntry("split-0-of-1", "1");

            clock.advance(100);
            assertThat(harness.poll(0)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
            assertThat(harness.rows()).hasSize(92);
            assertThat(harness.positions()).containsEntry("split-0-of-1", "101");
            assertThat(harness.watermark("split-0-of-1")).isEqualTo(NexmarkConfig.DEFAULT_BASE_TIME + 99);

            clock.advance(10_000);
            assertThat(harness.poll(0)).isEqualTo(InputStatus.MORE_AVAILABLE);
            assertThat(harness.lags().get("split-0-of-1")).isPositive();
        }
    }

    @Test
    void columnsAreCheckedByNameAndType() {
        assertThatThrownBy(() -> source("bid", RowSchema.of("bidder", FieldType.BIGINT, "colour", FieldType.STRING), Map.of()))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Column 'colour' of table bids is not a Nexmark bid column. bid columns: auction, bidder, price,"
                        + " channel, url, dateTime, extra");
        assertThatThrownBy(() -> source("bid", RowSchema.of("price", FieldType.INT), Map.of()))
                .hasMessage("Column 'price' of table bids must be BIGINT to read Nexmark's bid.price, not INT");
    }

    @Test
    void splitsSerializeWithTheirPosition() {
        StridedSplit split = new StridedSplit(2, 4, 4002);
        var serializer = io.eddy.connectors.generator.StridedSplitSerializer.INSTANCE;
        assertThat(serializer.deserialize(1, serializer.serialize(split))).isEqualTo(split);
        assertThatThrownBy(() -> new StridedSplit(2, 4, 4001)).hasMessage("split 2 of 4 cannot be at number 4001");
        assertThat(ProjectedSchema.all(NexmarkSchemas.BID).producedSchema()).isEqualTo(NexmarkSchemas.BID);
    }
}
