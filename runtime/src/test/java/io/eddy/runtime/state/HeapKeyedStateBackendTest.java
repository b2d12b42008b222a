package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.Row;
import org.junit.jupiter.api.Test;

class HeapKeyedStateBackendTest extends KeyedStateBackendContract {

    @Override
    protected HeapKeyedStateBackend backend(int parallelism, int subtask) {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
    }

    @Test
    void reusedKeyObjectsDoNotCorruptState() {
        HeapKeyedStateBackend backend = backend(1, 0);
        ValueState<Long> count = backend.valueState(COUNT);
        Row key = Row.of(1L);
        backend.setCurrentKey(key);
        count.update(1L);
        key.setLong(0, 2L);
        backend.setCurrentKey(key);
        count.update(2L);
        assertThat(backend.numberOfKeys("count")).isEqualTo(2);
    }
}
