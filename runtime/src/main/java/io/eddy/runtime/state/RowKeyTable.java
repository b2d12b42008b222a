package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** A {@link StateTable} keeping its keys as rows in a hash map: for keys of any schema. */
final class RowKeyTable extends StateTable {

    private final Map<Row, Object> entries = new HashMap<>();

    @Override
    Object get(Row key) {
        return entries.get(key);
    }

    @Override
    void put(Row key, Object value) {
        entries.put(key, value);
    }

    @Override
    void remove(Row key) {
        entries.remove(key);
    }

    @Override
    boolean keepsKeyRows() {
        return true;
    }

    @Override
    int size() {
        return entries.size();
    }

    @Override
    void removeIf(Predicate<Object> condition) {
        entries.values().removeIf(condition);
    }

    @Override
    void forEach(BiConsumer<Row, Object> action) {
        entries.forEach(action);
    }

    @Override
    List<Row> keys() {
        return new ArrayList<>(entries.keySet());
    }
}
