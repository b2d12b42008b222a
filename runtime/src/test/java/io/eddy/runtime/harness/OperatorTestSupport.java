package io.eddy.runtime.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;

/** Checks that operators give the same output whether or not they are restored after every input. */
public final class OperatorTestSupport {

    /** A test script that drives a harness. */
    @FunctionalInterface
    public interface Script<H> {
        void run(H harness) throws Exception;
    }

    private OperatorTestSupport() {
    }

    /**
     * Runs {@code script} on a plain one-input harness and on an adversarial one (snapshot and restore into
     * a fresh instance after every input) and asserts identical output events; returns them.
     */
    public static List<OutputEvent> assertSameOutputWithRestores(OperatorFactory factory, Script<OneInputOperatorHarness> script)
            throws Exception {
        return compare(new OneInputOperatorHarness(factory), new OneInputOperatorHarness(factory).adversarial(), script);
    }

    /** The same for two-input operators. */
    public static List<OutputEvent> assertSameOutputWithRestoresTwoInput(OperatorFactory factory, Script<TwoInputOperatorHarness> script)
            throws Exception {
        return compare(new TwoInputOperatorHarness(factory), new TwoInputOperatorHarness(factory).adversarial(), script);
    }

    private static <H extends AbstractOperatorHarness<?, H>> List<OutputEvent> compare(H plainHarness, H adversarialHarness,
                                                                                     Script<H> script) throws Exception {
        List<OutputEvent> plain;
        try (H harness = plainHarness.open()) {
            script.run(harness);
            plain = harness.events();
        }
        try (H harness = adversarialHarness.open()) {
            script.run(harness);
            assertThat(harness.restores()).as("restores in adversarial mode").isPositive();
            assertThat(harness.events()).as("output with a restore after every input").isEqualTo(plain);
        }
        return plain;
    }
}
