package io.eddy.runtime.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;

/** Checks that every operator gives the same output whether or not it is restored after every input. */
public final class OperatorTestSupport {

    /** A test script that drives a harness. */
    @FunctionalInterface
    public interface Script {
        void run(OneInputOperatorHarness harness) throws Exception;
    }

    private OperatorTestSupport() {
    }

    /**
     * Runs {@code script} on a plain harness and on an adversarial one (snapshot and restore into a fresh
     * instance after every input) and asserts identical output events; returns them.
     */
    public static List<OutputEvent> assertSameOutputWithRestores(OperatorFactory factory, Script script) throws Exception {
        List<OutputEvent> plain;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            script.run(harness);
            plain = harness.events();
        }
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).adversarial().open()) {
            script.run(harness);
            assertThat(harness.restores()).as("restores in adversarial mode").isPositive();
            assertThat(harness.events()).as("output with a restore after every input").isEqualTo(plain);
        }
        return plain;
    }
}
