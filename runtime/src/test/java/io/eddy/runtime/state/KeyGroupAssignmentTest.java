package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyGroupAssignmentTest {

    @Test
    void rangesPartitionAllKeyGroupsLikeFlink() {
        assertThat(KeyGroupAssignment.rangeForSubtask(128, 3, 0)).isEqualTo(KeyGroupRange.of(0, 42));
        assertThat(KeyGroupAssignment.rangeForSubtask(128, 3, 1)).isEqualTo(KeyGroupRange.of(43, 85));
        assertThat(KeyGroupAssignment.rangeForSubtask(128, 3, 2)).isEqualTo(KeyGroupRange.of(86, 127));
        for (int parallelism = 1; parallelism <= 7; parallelism++) {
            for (int group = 0; group < 128; group++) {
                int subtask = KeyGroupAssignment.subtaskForKeyGroup(128, parallelism, group);
                assertThat(KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask).contains(group)).isTrue();
            }
        }
    }

    @Test
    void murmurMatchesFlinksKnownValues() {
        // murmur3_32 of the int 0 with seed 0 is the reference value 0x2362F9DE.
        assertThat(KeyGroupAssignment.murmurHash(0)).isEqualTo(0x2362F9DE);
        assertThat(KeyGroupAssignment.keyGroupForHash(42, 128)).isBetween(0, 127);
    }

    @Test
    void badParallelismIsRejected() {
        assertThatThrownBy(() -> KeyGroupAssignment.rangeForSubtask(4, 5, 0))
                .hasMessage("parallelism 5 must be in [1, max parallelism 4]");
    }
}
