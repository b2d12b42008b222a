package io.eddy.runtime.operators.normalize;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.RocksDbOperatorRunner;
import io.eddy.runtime.operator.OperatorFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogNormalizeOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("id", FieldType.STRING, "v", FieldType.BIGINT,
            "note", FieldType.STRING);
    private static final OperatorFactory NORMALIZE = () -> new ChangelogNormalizeOperator(
            new FieldKeySelector(INPUT, 0), INPUT);

    private static List<String> run(String... rows) throws Exception {
        return assertSameOutputWithRestores(NORMALIZE, harness -> harness.processElements(INPUT, rows))
                .stream().map(Object::toString).toList();
    }

    @Test
    void upsertsBecomeInsertsAndUpdatePairs() throws Exception {
        assertThat(run("+I[a, 1, x]", "+U[a, 2, y]", "+I[b, 5, z]", "+I[a, 3, y]")).containsExactly(
                "+I[a, 1, x]",
                "-U[a, 1, x]", "+U[a, 2, y]",
                "+I[b, 5, z]",
                "-U[a, 2, y]", "+U[a, 3, y]");
    }

    @Test
    void aDeleteCarryingOnlyTheKeyRetractsTheWholeLastRow() throws Exception {
        assertThat(run("+I[a, 1, x]", "-D[a, null, null]", "+U[a, 4, w]")).containsExactly(
                "+I[a, 1, x]", "-D[a, 1, x]", "+I[a, 4, w]");
    }

    @Test
    void deletesOfUnknownKeysGiveNothingAndAreCounted() throws Exception {
        assertThat(run("-D[a, null, null]", "+I[b, 1, x]", "-D[b, null, null]", "-D[b, null, null]"))
                .containsExactly("+I[b, 1, x]", "-D[b, 1, x]");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(NORMALIZE).open()) {
            harness.processElements(INPUT, "-D[a, null, null]", "-U[c, 1, x]");
            assertThat(harness.records()).isEmpty();
            assertThat(harness.metrics().counter(ChangelogNormalizeOperator.UNKNOWN_KEY_DELETES).get()).isEqualTo(2);
        }
    }

    @Test
    void anUpdateBeforeRetractsLikeADelete() throws Exception {
        assertThat(run("+I[a, 1, x]", "-U[a, 1, x]", "+U[a, 2, x]")).containsExactly(
                "+I[a, 1, x]", "-D[a, 1, x]", "+I[a, 2, x]");
    }

    @Test
    void aDuplicateOfTheLastRowIsDroppedUnlessStateExpires() throws Exception {
        assertThat(run("+I[a, 1, x]", "+U[a, 1, x]", "+I[a, 1, x]")).containsExactly("+I[a, 1, x]");
        Configuration ttl = new Configuration().set(RuntimeOptions.STATE_TTL, "1 h");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(NORMALIZE).configuration(ttl).open()) {
            harness.processElements(INPUT, "+I[a, 1, x]", "+U[a, 1, x]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, x]", "-U[a, 1, x]", "+U[a, 1, x]");
        }
    }

    @Test
    void expiredStateStartsTheKeyAgain() throws Exception {
        Configuration ttl = new Configuration().set(RuntimeOptions.STATE_TTL, "10 s");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(NORMALIZE).configuration(ttl).open()) {
            harness.processElements(INPUT, "+I[a, 1, x]");
            harness.setProcessingTime(10_000);
            harness.processElements(INPUT, "+U[a, 2, x]", "-D[a, null, null]");
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, x]", "+I[a, 2, x]", "-D[a, 2, x]");
        }
    }

    @Test
    void rocksDbRestoredAfterEveryInputGivesTheHeapOutput(@TempDir Path directory) throws Exception {
        String[] steps = {"+I[a, 1, x]", "+U[a, 2, y]", "+I[b, 5, z]", "-D[a, null, null]", "-D[c, null, null]",
            "+U[b, 5, z]", "+U[b, 6, z]", "+I[a, 7, w]"};
        List<OutputEvent> onHeap = RocksDbOperatorRunner.runOnHeap(NORMALIZE, INPUT, steps);
        assertThat(RocksDbOperatorRunner.runOnRocksDb(NORMALIZE, directory, INPUT, steps)).isEqualTo(onHeap);
        assertThat(onHeap.stream().map(Object::toString)).containsExactly(
                "+I[a, 1, x]", "-U[a, 1, x]", "+U[a, 2, y]", "+I[b, 5, z]", "-D[a, 2, y]",
                "-U[b, 5, z]", "+U[b, 6, z]", "+I[a, 7, w]");
    }
}
