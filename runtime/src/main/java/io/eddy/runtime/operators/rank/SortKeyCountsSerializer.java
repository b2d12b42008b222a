package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.TypeSerializer;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Writes a partition's sorted map of sort key to row count: the size, then each key row and its count. */
final class SortKeyCountsSerializer implements TypeSerializer<TreeMap<Row, Long>> {

    private final RowSerializer keySerializer;
    private final Comparator<Row> comparator;

    SortKeyCountsSerializer(RowSerializer keySerializer, Comparator<Row> comparator) {
        this.keySerializer = requireNonNull(keySerializer, "keySerializer is null");
        this.comparator = requireNonNull(comparator, "comparator is null");
    }

    @Override
    public void serialize(TreeMap<Row, Long> value, BinaryOutput output) {
        output.writeUnsignedVarInt(value.size());
        for (Map.Entry<Row, Long> entry : value.entrySet()) {
            keySerializer.serialize(entry.getKey(), output);
            output.writeVarLong(entry.getValue());
        }
    }

    @Override
    public TreeMap<Row, Long> deserialize(BinaryInput input) {
        int size = input.readUnsignedVarInt();
        TreeMap<Row, Long> counts = new TreeMap<>(comparator);
        for (int i = 0; i < size; i++) {
            Row key = keySerializer.deserialize(input);
            counts.put(key, input.readVarLong());
        }
        return counts;
    }
}
