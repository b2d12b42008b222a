package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransparentHugePagesTest {

    @Test
    void offeredWhenMadviseOrAlwaysIsSelected() {
        assertThat(TransparentHugePages.offered("always [madvise] never\n")).isTrue();
        assertThat(TransparentHugePages.offered("[always] madvise never\n")).isTrue();
        assertThat(TransparentHugePages.offered("always madvise [never]\n")).isFalse();
        assertThat(TransparentHugePages.offered("")).isFalse();
    }

    @Test
    void theOptionIsOnlyEverThatOne() {
        assertThat(TransparentHugePages.jvmOptions()).isSubsetOf(TransparentHugePages.OPTION);
    }
}
