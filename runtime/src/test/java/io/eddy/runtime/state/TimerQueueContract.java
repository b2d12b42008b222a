package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.time.KeyedTimerService;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TimerQueue} must show, directly and through the {@link KeyedTimerService}
 * that snapshots it; each implementation's test class extends it.
 */
public abstract class TimerQueueContract {

    public static final RowSchema KEYS = RowSchema.of("id", FieldType.BIGINT);

    protected final ManualClock clock = new ManualClock(1_000);

    /** A backend of the tested kind for one subtask of 128 key groups. */
    protected abstract KeyedStateBackend backend(int parallelism, int subtask);

    /** A queue of the tested kind on {@code backend}; may use a small cache to exercise its refills. */
    protected TimerQueue queue(KeyedStateBackend backend) {
        return backend.createTimerQueue("event");
    }

    /** A pending timer as the reference model keeps it. */
    protected record Expected(long time, long key, long namespace, long sequence) {
    }

    /** Whether the tested queue fires timers of the same time in registration order (sequence). */
    protected boolean firesTiesInRegistrationOrder() {
        return true;
    }

    /** The order the tested queue fires timers of the same time in. */
    protected Comparator<Expected> sameTimeOrder() {
        return Comparator.comparingLong(Expected::sequence);
    }

    /** Whether {@link TimerQueue#add} answers false for every pending timer, not only for those it knows without a read. */
    protected boolean tellsEveryDuplicate() {
        return true;
    }

    private Comparator<Expected> firingOrder() {
        return Comparator.comparingLong(Expected::time).thenComparing(sameTimeOrder());
    }

    /** Timers as "key/namespace@time" in the tested queue's firing order. */
    private List<String> inFiringOrder(List<Expected> timers) {
        return timers.stream().sorted(firingOrder()).map(timer -> timer.key() + "/" + timer.namespace() + "@" + timer.time()).toList();
    }

    /** Fired event timers ("key/namespace@time") with each run of the same time sorted, to compare queues that order ties differently. */
    protected static List<String> tiesSorted(List<String> fired) {
        List<String> sorted = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= fired.size(); i++) {
            if (i == fired.size() || !timeOf(fired.get(i)).equals(timeOf(fired.get(start)))) {
                fired.subList(start, i).stream().sorted().forEach(sorted::add);
                start = i;
            }
        }
        return sorted;
    }

    private static String timeOf(String fired) {
        return fired.substring(fired.indexOf('@') + 1);
    }

    private static int keyGroup(long key) {
        return KeyGroupAssignment.keyGroupFor(Row.of(key), 128);
    }

    private static boolean add(TimerQueue queue, long time, long key, long namespace, long sequence) {
        return queue.add(time, Row.of(key), namespace, keyGroup(key), sequence);
    }

    private static List<String> drain(TimerQueue queue) {
        List<String> fired = new ArrayList<>();
        for (QueuedTimer timer = queue.poll(); timer != null; timer = queue.poll()) {
            assertThat(timer.keyGroup()).isEqualTo(keyGroup(timer.key().getLong(0)));
            fired.add(timer.key().getLong(0) + "/" + timer.namespace() + "@" + timer.time());
        }
        return fired;
    }

    @Test
    void firesByTimeThenTheQueuesOrderAcrossKeyGroups() {
        try (KeyedStateBackend backend = backend(1, 0); TimerQueue queue = queue(backend)) {
            assertThat(queue.firstTime()).isEqualTo(Long.MAX_VALUE);
            assertThat(queue.poll()).isNull();
            List<Expected> timers = List.of(new Expected(20, 7, 0, 0), new Expected(10, 3, 0, 1), new Expected(20, 1, 0, 2),
                    new Expected(-5, 9, 0, 3), new Expected(20, 5, 1, 4), new Expected(10, 8, 0, 5));
            timers.forEach(timer -> add(queue, timer.time(), timer.key(), timer.namespace(), timer.sequence()));
            assertThat(queue.size()).isEqualTo(6);
            assertThat(queue.firstTime()).isEqualTo(-5);
            assertThat(drain(queue)).isEqualTo(inFiringOrder(timers)).startsWith("9/0@-5");
            assertThat(queue.size()).isZero();
            assertThat(queue.firstTime()).isEqualTo(Long.MAX_VALUE);
        }
    }

    @Test
    void keepsOneTimerPerTimeKeyAndNamespace() {
        try (KeyedStateBackend backend = backend(1, 0); TimerQueue queue = queue(backend)) {
            assertThat(add(queue, 10, 1, 0, 0)).isTrue();
            assertThat(add(queue, 10, 1, 0, 1)).as("same time, key and namespace").isFalse();
            assertThat(add(queue, 10, 1, 1, 2)).as("another namespace").isTrue();
            assertThat(add(queue, 11, 1, 0, 3)).as("another time").isTrue();
            assertThat(add(queue, 10, 2, 0, 4)).as("another key").isTrue();
            assertThat(queue.size()).isEqualTo(4);
            assertThat(drain(queue)).isEqualTo(inFiringOrder(List.of(new Expected(10, 1, 0, 0), new Expected(10, 1, 1, 2),
                    new Expected(11, 1, 0, 3), new Expected(10, 2, 0, 4))));
            assertThat(add(queue, 10, 1, 0, 5)).as("a fired timer may be registered again").isTrue();
        }
    }

    @Test
    void removedTimersDoNotFire() {
        try (KeyedStateBackend backend = backend(1, 0); TimerQueue queue = queue(backend)) {
            add(queue, 10, 1, 0, 0);
            add(queue, 20, 2, 0, 1);
            add(queue, 30, 1, 0, 2);
            assertThat(queue.remove(10, Row.of(1L), 0, keyGroup(1))).isTrue();
            assertThat(queue.remove(10, Row.of(1L), 0, keyGroup(1))).as("already removed").isFalse();
            assertThat(queue.remove(20, Row.of(2L), 1, keyGroup(2))).as("another namespace").isFalse();
            assertThat(queue.remove(99, Row.of(4L), 0, keyGroup(4))).as("never registered").isFalse();
            assertThat(queue.firstTime()).isEqualTo(20);
            assertThat(queue.size()).isEqualTo(2);
            assertThat(drain(queue)).containsExactly("2/0@20", "1/0@30");
        }
    }

    @Test
    void behavesAsASortedSetUnderRandomOperationsOverManyKeyGroups() {
        Random random = new Random(42);
        try (KeyedStateBackend backend = backend(1, 0); TimerQueue queue = queue(backend)) {
            Map<String, Expected> pending = new TreeMap<>();
            long sequence = 0;
            List<String> fired = new ArrayList<>();
            List<String> expectedFired = new ArrayList<>();
            for (int step = 0; step < 6_000; step++) {
                long time = random.nextInt(300);
                long key = random.nextInt(400);
                long namespace = random.nextInt(2);
                String id = key + "/" + namespace + "@" + time;
                int operation = random.nextInt(10);
                if (operation < 6) {
                    boolean added = add(queue, time, key, namespace, sequence);
                    if (tellsEveryDuplicate() || !pending.containsKey(id)) {
                        assertThat(added).as("add %s", id).isEqualTo(!pending.containsKey(id));
                    }
                    if (added) {
                        pending.put(id, new Expected(time, key, namespace, sequence++));
                    }
                } else if (operation < 8) {
                    assertThat(queue.remove(time, Row.of(key), namespace, keyGroup(key))).as("remove %s", id)
                            .isEqualTo(pending.remove(id) != null);
                } else {
                    Expected first = pending.values().stream().min(firingOrder()).orElse(null);
                    assertThat(queue.firstTime()).isEqualTo(first == null ? Long.MAX_VALUE : first.time());
                    QueuedTimer polled = queue.poll();
                    if (first == null) {
                        assertThat(polled).isNull();
                    } else {
                        pending.remove(first.key() + "/" + first.namespace() + "@" + first.time());
                        expectedFired.add(first.key() + "/" + first.namespace() + "@" + first.time() + "#" + first.sequence());
                        fired.add(polled.key().getLong(0) + "/" + polled.namespace() + "@" + polled.time() + "#" + polled.sequence());
                    }
                }
                assertThat(queue.size()).isEqualTo(pending.size());
            }
            assertThat(fired).isEqualTo(expectedFired);
            assertThat(drain(queue)).isEqualTo(inFiringOrder(new ArrayList<>(pending.values())));
        }
    }

    @Test
    void visitsEveryTimerByKeyGroupByTimeThenRegistration() {
        try (KeyedStateBackend backend = backend(1, 0); TimerQueue queue = queue(backend)) {
            for (int i = 0; i < 500; i++) {
                add(queue, 1_000 - i % 7, i % 50, i, i);
            }
            List<QueuedTimer> visited = new ArrayList<>();
            queue.forEachByKeyGroup(visited::add);
            assertThat(visited).hasSize(500);
            for (int i = 1; i < visited.size(); i++) {
                QueuedTimer previous = visited.get(i - 1);
                QueuedTimer timer = visited.get(i);
                if (previous.keyGroup() == timer.keyGroup()) {
                    assertThat(timer.time() > previous.time() || timer.time() == previous.time() && timer.sequence() > previous.sequence())
                            .as("%s after %s", timer, previous).isTrue();
                } else {
                    assertThat(visited.subList(0, i)).as("key group %s in one run", timer.keyGroup())
                            .noneMatch(earlier -> earlier.keyGroup() == timer.keyGroup());
                }
            }
            assertThat(queue.size()).as("visiting removes nothing").isEqualTo(500);
        }
    }

    /** A timer service on {@code backend} recording what fires, as "key/namespace@time". */
    protected static KeyedTimerService service(KeyedStateBackend backend, ManualClock clock, List<String> fired) {
        return new KeyedTimerService(backend, KEYS, clock, new KeyedTimerService.Target() {
            @Override
            public void onEventTime(Timer timer) {
                assertThat(backend.currentKey()).isEqualTo(timer.key());
                fired.add(timer.key().getLong(0) + "/" + timer.namespace() + "@" + timer.time());
            }

            @Override
            public void onProcessingTime(Timer timer) {
                fired.add("processing " + timer.key().getLong(0) + "@" + timer.time());
            }
        });
    }

    /** Registers event-time timers (key i at 100 - i % 10, namespace i % 3) and a processing-time timer per tenth key. */
    protected static void register(KeyedStateBackend backend, KeyedTimerService service, int keys) {
        for (long key = 0; key < keys; key++) {
            backend.setCurrentKey(Row.of(key));
            service.registerEventTimeTimer(key % 3, 100 - key % 10);
            if (key % 10 == 0) {
                service.registerProcessingTimeTimer(0, 5_000 + key);
            }
        }
    }

    /** Fires everything: event time first, then processing time. */
    protected static void fireAll(KeyedTimerService service) throws Exception {
        service.advanceWatermark(Long.MAX_VALUE);
        service.advanceProcessingTime(Long.MAX_VALUE);
    }

    /** The snapshot of {@link #register}ed timers of {@code keys} keys, which then fire into {@code fired}. */
    private Map<Integer, byte[]> snapshotThenFire(int keys, List<String> fired) throws Exception {
        try (KeyedStateBackend original = backend(1, 0); KeyedTimerService service = service(original, clock, fired)) {
            register(original, service, keys);
            Map<Integer, byte[]> snapshot = service.snapshot();
            fireAll(service);
            return snapshot;
        }
    }

    @Test
    void restoresItsSnapshotInFiringOrderAndRegistersAfterIt() throws Exception {
        List<String> expected = new ArrayList<>();
        Map<Integer, byte[]> snapshot = snapshotThenFire(300, expected);
        List<String> fired = new ArrayList<>();
        try (KeyedStateBackend restoredBackend = backend(1, 0); KeyedTimerService restored = service(restoredBackend, clock, fired)) {
            restored.restore(snapshot);
            assertThat(restored.numberOfEventTimeTimers()).isEqualTo(300);
            assertThat(restored.numberOfProcessingTimeTimers()).isEqualTo(30);
            assertThat(restored.snapshot()).as("a restored snapshot snapshots the same").containsOnlyKeys(snapshot.keySet());
            restoredBackend.setCurrentKey(Row.of(0L));
            restored.registerEventTimeTimer(0, 91);
            fireAll(restored);
        }
        List<String> withoutLater = new ArrayList<>(fired);
        withoutLater.remove("0/0@91");
        assertThat(withoutLater).as("the restored timers fire as the original ones did").isEqualTo(expected);
        int later = fired.indexOf("0/0@91");
        assertThat(fired.subList(0, later)).allMatch(timer -> !timer.startsWith("processing") && Long.parseLong(timeOf(timer)) <= 91);
        assertThat(fired.get(later + 1)).satisfiesAnyOf(next -> assertThat(next).startsWith("processing"),
                next -> assertThat(Long.parseLong(timeOf(next))).isGreaterThanOrEqualTo(91));
        if (firesTiesInRegistrationOrder()) {
            assertThat(fired.get(later + 1)).as("registered after the restored ones, it fires after those of its time")
                    .doesNotEndWith("@91");
        }
    }

    @Test
    void restoresIntoOtherKeyGroupRanges() throws Exception {
        List<String> expected = new ArrayList<>();
        Map<Integer, byte[]> snapshot = snapshotThenFire(200, expected);
        List<String> fired = new ArrayList<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            try (KeyedStateBackend part = backend(3, subtask); KeyedTimerService restored = service(part, clock, fired)) {
                restored.restore(snapshot);
                assertThat(restored.snapshot().keySet()).allMatch(part.keyGroupRange()::contains);
                fireAll(restored);
            }
        }
        assertThat(fired).containsExactlyInAnyOrderElementsOf(expected);
    }
}
