package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    @Test
    void keepsInsertionOrderWhileSmallAndRemovesFromTheMiddle() {
        SmallMap<Long, String> map = new SmallMap<>();
        assertThat(map.put(30L, "c")).isNull();
        map.put(10L, "a");
        map.put(20L, "b");
        assertThat(map.put(10L, "A")).as("replacing keeps the position").isEqualTo("a");
        assertThat(map.keySet()).containsExactly(30L, 10L, 20L);
        assertThat(map.get(Long.valueOf(10L))).as("keys compare by equals").isEqualTo("A");
        assertThat(map.remove(10L)).isEqualTo("A");
        assertThat(map.remove(99L)).isNull();
        assertThat(map).containsExactly(Map.entry(30L, "c"), Map.entry(20L, "b"));
        map.put(null, "null key");
        assertThat(map.get(null)).isEqualTo("null key");
        assertThat(map.containsKey(null)).isTrue();
    }

    @Test
    void iteratorRemovesAndEntriesWriteThrough() {
        SmallMap<Long, String> map = new SmallMap<>();
        for (long key = 1; key <= 5; key++) {
            map.put(key, "v" + key);
        }
        map.values().removeIf(value -> value.equals("v2") || value.equals("v3"));
        assertThat(map.keySet()).containsExactly(1L, 4L, 5L);
        for (Map.Entry<Long, String> entry : map.entrySet()) {
            entry.setValue(entry.getValue().toUpperCase());
        }
        assertThat(map).containsExactly(Map.entry(1L, "V1"), Map.entry(4L, "V4"), Map.entry(5L, "V5"));
        Iterator<Long> keys = map.keySet().iterator();
        keys.next();
        keys.remove();
        assertThat(map.keySet()).containsExactly(4L, 5L);
        map.clear();
        assertThat(map).isEmpty();
    }

    @Test
    void behavesAsAHashMapAcrossTheSwitchToOne() {
        SmallMap<Long, Long> map = new SmallMap<>();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 5_000; step++) {
            long key = random.nextInt(SmallMap.MAX_SMALL * 3);
            if (random.nextInt(3) == 0) {
                assertThat(map.remove(key)).isEqualTo(expected.remove(key));
            } else {
                assertThat(map.put(key, (long) step)).isEqualTo(expected.put(key, (long) step));
            }
            assertThat(map.get(key)).isEqualTo(expected.get(key));
            assertThat(map.size()).isEqualTo(expected.size());
        }
        assertThat(map).isEqualTo(expected);
    }
}
