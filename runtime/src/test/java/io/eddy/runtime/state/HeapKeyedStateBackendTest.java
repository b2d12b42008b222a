package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void keysOfEveryLayoutSurviveASnapshotAndAreWalked() {
        RowSchema named = RowSchema.of("name", FieldType.STRING);
        RowSchema nullable = RowSchema.of("id", FieldType.BIGINT);
        for (RowSchema schema : List.of(named, nullable)) {
            List<Row> keys = schema == named
                    ? List.of(Row.of("a"), Row.of("b"), Row.withValues(RowKind.INSERT, named, (Object) null))
                    : List.of(Row.of(1L), Row.of(-1L), Row.withValues(RowKind.INSERT, nullable, (Object) null));
            HeapKeyedStateBackend backend = new HeapKeyedStateBackend(schema, 128, KeyGroupRange.of(0, 127), clock);
            ValueState<Long> count = backend.valueState(COUNT);
            for (int i = 0; i < keys.size(); i++) {
                backend.setCurrentKey(keys.get(i));
                count.update((long) i);
            }
            HeapKeyedStateBackend restored = new HeapKeyedStateBackend(schema, 128, KeyGroupRange.of(0, 127), clock);
            restored.restore(backend.snapshot());
            ValueState<Long> restoredCount = restored.valueState(COUNT);
            List<Row> walked = new ArrayList<>();
            restored.forEachKey("count", () -> {
                walked.add(restored.currentKey());
                restoredCount.update(restoredCount.value() + 10);
            });
            assertThat(walked).as("keys of %s", schema).containsExactlyInAnyOrderElementsOf(keys);
            for (int i = 0; i < keys.size(); i++) {
                restored.setCurrentKey(keys.get(i));
                assertThat(restoredCount.value()).isEqualTo(i + 10L);
            }
        }
    }
}
