package io.eddy.runtime.operators.rank;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopNOperatorTest {

    static final RowSchema INPUT = RowSchema.of("cat", FieldType.STRING, "item", FieldType.STRING, "score", FieldType.BIGINT);
    static final FieldKeySelector BY_CAT = new FieldKeySelector(INPUT, 0);
    static final SortSpec SCORE_DESC = SortSpec.of(SortField.descending(2));

    static OperatorFactory topN(RankRange range, boolean rankNumber, boolean appendOnly) {
        TopNSpec spec = new TopNSpec(BY_CAT, INPUT, SCORE_DESC, range, rankNumber);
        return () -> TopNOperator.create(spec, appendOnly);
    }

    static List<String> run(OperatorFactory factory, String... rows) throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> harness.processElements(INPUT, rows));
        return events.stream().map(Object::toString).toList();
    }

    @Test
    void appendOnlyWithoutRankNumberInsertsEnteringRowsAndDeletesLeavingOnes() throws Exception {
        assertThat(run(topN(RankRange.top(2), false, true),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 15]", "+I[a, w, 5]", "+I[b, v, 1]", "+I[a, t, 15]", "+I[a, s, 30]"))
                .containsExactly(
                        "+I[a, x, 10]",
                        "+I[a, y, 20]",
                        "-D[a, x, 10]", "+I[a, z, 15]",
                        "+I[b, v, 1]",
                        "-D[a, z, 15]", "+I[a, s, 30]");
    }

    @Test
    void appendOnlyWithRankNumberUpdatesEveryRankWhoseRowChanges() throws Exception {
        assertThat(run(topN(RankRange.top(2), true, true),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 15]", "+I[a, w, 5]", "+I[a, t, 20]"))
                .containsExactly(
                        "+I[a, x, 10, 1]",
                        "-U[a, x, 10, 1]", "+U[a, y, 20, 1]", "+I[a, x, 10, 2]",
                        "-U[a, x, 10, 2]", "+U[a, z, 15, 2]",
                        // t ties with y and ranks after it
                        "-U[a, z, 15, 2]", "+U[a, t, 20, 2]");
    }

    @Test
    void rangeWithAnOffsetEmitsOnlyItsRanks() throws Exception {
        String[] input = {"+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 15]", "+I[a, u, 30]"};
        List<String> expectedWithRank = List.of(
                "+I[a, x, 10, 2]",
                "-U[a, x, 10, 2]", "+U[a, z, 15, 2]", "+I[a, x, 10, 3]",
                "-U[a, z, 15, 2]", "+U[a, y, 20, 2]", "-U[a, x, 10, 3]", "+U[a, z, 15, 3]");
        assertThat(run(topN(new RankRange(2, 3), true, true), input)).isEqualTo(expectedWithRank);
        assertThat(run(topN(new RankRange(2, 3), true, false), input)).isEqualTo(expectedWithRank);
        assertThat(run(topN(new RankRange(2, 3), false, true), input)).containsExactly(
                "+I[a, x, 10]",
                "-U[a, x, 10]", "+U[a, z, 15]", "+I[a, x, 10]",
                "-U[a, z, 15]", "+U[a, y, 20]", "-U[a, x, 10]", "+U[a, z, 15]");
    }

    @Test
    void withoutUpdateBeforeOnlyTheNewRowOfEachRankIsEmitted() throws Exception {
        TopNSpec upsert = new TopNSpec(BY_CAT, INPUT, SCORE_DESC, RankRange.top(2), true, false);
        assertThat(run(() -> TopNOperator.create(upsert, false), "+I[a, x, 10]", "+I[a, y, 20]", "-D[a, y, 20]"))
                .containsExactly("+I[a, x, 10, 1]", "+U[a, y, 20, 1]", "+I[a, x, 10, 2]", "+U[a, x, 10, 1]", "-D[a, x, 10, 2]");
    }

    @Test
    void changelogInputWithoutRankNumberMovesRowsBackIntoTheTop() throws Exception {
        assertThat(run(topN(RankRange.top(2), false, false),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 15]", "-D[a, y, 20]", "-U[a, z, 15]", "+U[a, z, 25]",
                "+I[a, m, 3]", "-D[a, m, 3]", "+I[b, v, 1]"))
                .containsExactly(
                        "+I[a, x, 10]",
                        "+I[a, y, 20]",
                        "-D[a, x, 10]", "+I[a, z, 15]",
                        // y leaves, x moves back up
                        "-D[a, y, 20]", "+I[a, x, 10]",
                        "-D[a, z, 15]",
                        "+I[a, z, 25]",
                        // m ranks third: neither its insert nor its delete is visible
                        "+I[b, v, 1]");
    }

    @Test
    void changelogInputWithRankNumberShiftsRanksUpOnRetraction() throws Exception {
        assertThat(run(topN(RankRange.top(3), true, false),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 15]", "-D[a, y, 20]"))
                .containsExactly(
                        "+I[a, x, 10, 1]",
                        "-U[a, x, 10, 1]", "+U[a, y, 20, 1]", "+I[a, x, 10, 2]",
                        "-U[a, x, 10, 2]", "+U[a, z, 15, 2]", "+I[a, x, 10, 3]",
                        "-U[a, y, 20, 1]", "+U[a, z, 15, 1]", "-U[a, z, 15, 2]", "+U[a, x, 10, 2]", "-D[a, x, 10, 3]");
    }

    @Test
    void retractionWithRankNumberPullsTheNextRowIntoTheLastRank() throws Exception {
        assertThat(run(topN(RankRange.top(2), true, false),
                "+I[a, y, 20]", "+I[a, z, 15]", "+I[a, x, 10]", "-D[a, y, 20]", "-D[a, z, 15]", "-D[a, x, 10]"))
                .containsExactly(
                        "+I[a, y, 20, 1]",
                        "+I[a, z, 15, 2]",
                        "-U[a, y, 20, 1]", "+U[a, z, 15, 1]", "-U[a, z, 15, 2]", "+U[a, x, 10, 2]",
                        "-U[a, z, 15, 1]", "+U[a, x, 10, 1]", "-D[a, x, 10, 2]",
                        "-D[a, x, 10, 1]");
    }

    @Test
    void tiesKeepArrivalOrderOnChangelogInput() throws Exception {
        assertThat(run(topN(RankRange.top(2), false, false),
                "+I[a, p, 5]", "+I[a, q, 5]", "+I[a, r, 5]", "-D[a, p, 5]", "-D[a, r, 5]"))
                .containsExactly("+I[a, p, 5]", "+I[a, q, 5]", "-D[a, p, 5]", "+I[a, r, 5]", "-D[a, r, 5]");
    }

    @Test
    void retractionsOfUnknownRowsAreIgnoredAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), false, false)).open()) {
            harness.processElements(INPUT, "+I[a, x, 10]", "-D[a, q, 1]", "-U[b, x, 10]", "-D[a, x, 11]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, x, 10]");
            assertThat(harness.metrics().counter(TopNOperator.STALE_RETRACTIONS_IGNORED).get()).isEqualTo(3);
        }
    }

    @Test
    void globalTopNUsesTheEmptyKeyAndSortsNullsFirstAscending() throws Exception {
        TopNSpec spec = new TopNSpec(EmptyKeySelector.INSTANCE, INPUT, SortSpec.of(SortField.ascending(2)), RankRange.top(2), false);
        List<OutputEvent> events = assertSameOutputWithRestores(() -> TopNOperator.create(spec, true), harness ->
                harness.processElements(INPUT, "+I[a, x, 10]", "+I[b, y, 5]", "+I[c, z, null]", "+I[d, w, 1]"));
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, x, 10]", "+I[b, y, 5]", "-D[a, x, 10]", "+I[c, z, null]", "-D[b, y, 5]", "+I[d, w, 1]");
    }

    @Test
    void appendOnlyTopNRejectsChangelogInput() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), false, true)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, x, 10]"))
                    .hasMessage("append-only Top-N received -D[a, x, 10]; changelog input needs the retracting Top-N");
        }
    }

    @Test
    void appendOnlyStateHoldsOnlyTheTopRows() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(3), false, true)).open()) {
            harness.processElements(INPUT, "+I[a, i0, 1000]", "+I[a, i1, 999]", "+I[a, i2, 998]");
            int topOnly = stateBytes(harness.snapshot());
            for (int i = 3; i < 500; i++) {
                harness.processElements(INPUT, "+I[a, i" + i + ", " + (1000 - i) + "]");
            }
            harness.processElements(INPUT, "+I[a, best, 2000]");
            // three rows again (best replaced i2, a few bytes longer), not 501
            assertThat(stateBytes(harness.snapshot())).isBetween(topOnly, topOnly + 4);
            assertThat(harness.recordStrings()).containsExactly(
                    "+I[a, i0, 1000]", "+I[a, i1, 999]", "+I[a, i2, 998]", "-D[a, i2, 998]", "+I[a, best, 2000]");
        }
    }

    private static int stateBytes(OperatorSnapshot snapshot) {
        return snapshot.keyedState().values().stream().mapToInt(bytes -> bytes.length).sum();
    }

    @Test
    void retractionsAfterTheStateExpiredAreIgnored() throws Exception {
        Configuration ttl = new Configuration().set(RuntimeOptions.STATE_TTL, "1 s");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), false, false)).configuration(ttl).open()) {
            harness.processElements(INPUT, "+I[a, x, 10]");
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "-D[a, x, 10]", "+I[a, y, 5]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, x, 10]", "+I[a, y, 5]");
            assertThat(harness.metrics().counter(TopNOperator.STALE_RETRACTIONS_IGNORED).get()).isEqualTo(1);
        }
    }

    @Test
    void partitionsRedistributeToAnotherParallelism() throws Exception {
        OperatorFactory factory = topN(RankRange.top(1), false, false);
        OperatorSnapshot snapshot;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            for (int cat = 0; cat < 20; cat++) {
                harness.processElements(INPUT, "+I[c" + cat + ", high, 9]", "+I[c" + cat + ", low, 1]");
            }
            snapshot = harness.snapshot();
        }
        List<String> afterRetraction = new ArrayList<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            OperatorSnapshot part = OperatorSnapshot.redistribute(List.of(snapshot),
                    KeyGroupAssignment.rangeForSubtask(128, 3, subtask), subtask, 3);
            try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).subtask(subtask, 3).open(part)) {
                for (int cat = 0; cat < 20; cat++) {
                    Row retraction = Rows.parse(INPUT, "-D[c" + cat + ", high, 9]");
                    if (KeyGroupAssignment.rangeForSubtask(128, 3, subtask).contains(
                            KeyGroupAssignment.keyGroupForHash(BY_CAT.keyHashCode(retraction), 128))) {
                        harness.processElement(retraction);
                    }
                }
                afterRetraction.addAll(harness.recordStrings());
            }
        }
        assertThat(afterRetraction).hasSize(40).contains("-D[c7, high, 9]", "+I[c7, low, 1]");
    }

    @Test
    void partitionsLeavingTheCacheAreReadBackFromState() throws Exception {
        String[] input = {"+I[a, x, 10]", "+I[b, y, 20]", "+I[a, z, 15]", "+I[b, w, 5]", "+I[a, v, 1]", "+I[b, u, 30]"};
        List<String> expected = List.of("+I[a, x, 10, 1]", "+I[b, y, 20, 1]", "-U[a, x, 10, 1]", "+U[a, z, 15, 1]",
                "+I[a, x, 10, 2]", "+I[b, w, 5, 2]", "-U[b, y, 20, 1]", "+U[b, u, 30, 1]", "-U[b, w, 5, 2]", "+U[b, y, 20, 2]");
        Configuration oneCachedPartition = new Configuration().set(RankOptions.TOPN_CACHE_SIZE, "1");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), true, true))
                .configuration(oneCachedPartition).open()) {
            harness.processElements(INPUT, input);
            assertThat(harness.recordStrings()).isEqualTo(expected);
        }
        assertThat(run(topN(RankRange.top(2), true, true), input)).isEqualTo(expected);
        assertThatThrownBy(() -> new Configuration().set(RankOptions.TOPN_CACHE_SIZE, "0"))
                .hasMessage("Invalid value '0' for option 'table.exec.rank.topn-cache-size': must be at least 1, got 0");
    }

    @Test
    void smallCachesGiveTheOutputOfTheDefaultOneWithOrWithoutTtlAndRestores() throws Exception {
        String[] input = new String[60];
        for (int i = 0; i < input.length; i++) {
            input[i] = "+I[c" + (i * 7 % 5) + ", i" + i + ", " + (i * 37 % 23) + "]";
        }
        OperatorFactory top3 = topN(RankRange.top(3), true, true);
        List<String> expected = run(top3, input);
        for (String cacheSize : List.of("1", "2")) {
            Configuration deferred = new Configuration().set(RankOptions.TOPN_CACHE_SIZE, cacheSize);
            Configuration withTtl = new Configuration().set(RankOptions.TOPN_CACHE_SIZE, cacheSize)
                    .set(RuntimeOptions.STATE_TTL, "1 h");
            for (Configuration configuration : List.of(deferred, withTtl)) {
                for (boolean restores : new boolean[] {false, true}) {
                    OneInputOperatorHarness harness = new OneInputOperatorHarness(top3).configuration(configuration);
                    try (OneInputOperatorHarness opened = (restores ? harness.adversarial() : harness).open()) {
                        opened.processElements(INPUT, input);
                        assertThat(opened.recordStrings()).as("cache %s, %s, restores %s", cacheSize, configuration, restores)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void specsAreChecked() {
        assertThatThrownBy(() -> new RankRange(0, 3)).hasMessage("rank range must start at 1 or later, got 0");
        assertThatThrownBy(() -> new RankRange(3, 2)).hasMessage("rank range end 2 is before its start 3");
        assertThatThrownBy(() -> new TopNSpec(BY_CAT, INPUT, SortSpec.of(SortField.ascending(7)), RankRange.top(1), false))
                .hasMessage("sort field $7 ASC NULLS FIRST is not in (cat STRING, item STRING, score BIGINT)");
    }
}
