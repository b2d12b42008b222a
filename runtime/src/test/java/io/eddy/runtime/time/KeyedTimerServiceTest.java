package io.eddy.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyedTimerServiceTest {

    private static final RowSchema KEYS = RowSchema.of("k", FieldType.STRING);

    private final ManualClock clock = new ManualClock();
    private final List<String> fired = new ArrayList<>();
    private final HeapKeyedStateBackend backend = new HeapKeyedStateBackend(KEYS, 128, KeyGroupRange.of(0, 127), clock);

    private KeyedTimerService service(HeapKeyedStateBackend stateBackend) {
        return new KeyedTimerService(stateBackend, KEYS, clock, new KeyedTimerService.Target() {
            @Override
            public void onEventTime(Timer timer) {
                assertThat(stateBackend.currentKey()).isEqualTo(timer.key());
                fired.add("event " + timer.key().getString(0) + "@" + timer.time() + "/" + timer.namespace());
            }

            @Override
            public void onProcessingTime(Timer timer) {
                fired.add("processing " + timer.key().getString(0) + "@" + timer.time());
            }
        });
    }

    private void register(KeyedTimerService service, String key, long namespace, long time) {
        backend.setCurrentKey(Row.of(key));
        service.registerEventTimeTimer(namespace, time);
    }

    @Test
    void eventTimersFireInTimeOrderOnceEach() throws Exception {
        KeyedTimerService service = service(backend);
        register(service, "b", 0, 20);
        register(service, "a", 0, 10);
        register(service, "a", 0, 10);
        register(service, "c", 1, 20);
        register(service, "a", 2, 30);
        service.advanceWatermark(19);
        assertThat(fired).containsExactly("event a@10/0");
        service.advanceWatermark(25);
        assertThat(fired).containsExactly("event a@10/0", "event b@20/0", "event c@20/1");
        assertThat(service.currentWatermark()).isEqualTo(25);
        assertThat(service.numberOfEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void deletedTimersDoNotFire() throws Exception {
        KeyedTimerService service = service(backend);
        register(service, "a", 0, 10);
        backend.setCurrentKey(Row.of("a"));
        service.deleteEventTimeTimer(0, 10);
        service.registerProcessingTimeTimer(0, 5);
        service.registerProcessingTimeTimer(0, 7);
        service.deleteProcessingTimeTimer(0, 7);
        service.advanceWatermark(100);
        service.advanceProcessingTime(100);
        assertThat(fired).containsExactly("processing a@5");
        assertThat(service.nextProcessingTime()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void timersSurviveSnapshotAndRestoreWithTheirOrder() throws Exception {
        KeyedTimerService service = service(backend);
        for (String key : List.of("x", "y", "z", "w")) {
            register(service, key, 0, 50);
        }
        register(service, "y", 0, 40);
        backend.setCurrentKey(Row.of("x"));
        service.registerProcessingTimeTimer(0, 1_000);
        HeapKeyedStateBackend restoredBackend = new HeapKeyedStateBackend(KEYS, 128, KeyGroupRange.of(0, 127), clock);
        KeyedTimerService restored = service(restoredBackend);
        restored.restore(service.snapshot());
        restored.advanceWatermark(60);
        restored.advanceProcessingTime(1_000);
        assertThat(fired).containsExactly("event y@40/0", "event x@50/0", "event y@50/0", "event z@50/0", "event w@50/0",
                "processing x@1000");
    }
}
