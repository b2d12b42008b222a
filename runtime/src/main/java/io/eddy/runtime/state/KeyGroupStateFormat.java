package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The canonical snapshot bytes of one key group, shared by every keyed state backend so that a
 * snapshot of one restores into another: the number of states, then per state (by name) its name and
 * its section. A section holds the number of keys, then per key the serialized key row and the
 * state's payload, where every value is preceded by its write time (a varlong):
 * <ul>
 *   <li>value state: write time, value;</li>
 *   <li>list state: element count, then per element write time, element;</li>
 *   <li>map state: entry count, then per entry map key, write time, value.</li>
 * </ul>
 */
public final class KeyGroupStateFormat {

    private KeyGroupStateFormat() {
    }

    /** The bytes of one key group from its non-empty sections, by state name. */
    public static byte[] write(SortedMap<String, byte[]> sections) {
        BinaryOutput output = new BinaryOutput();
        output.writeUnsignedVarInt(sections.size());
        for (Map.Entry<String, byte[]> section : sections.entrySet()) {
            output.writeString(section.getKey());
            output.writeBytes(section.getValue());
        }
        return output.toByteArray();
    }

    /** Calls {@code consumer} with each state name and section of one key group's bytes. */
    public static void read(byte[] keyGroupBytes, BiConsumer<String, byte[]> consumer) {
        BinaryInput input = new BinaryInput(keyGroupBytes);
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            String name = input.readString();
            consumer.accept(name, input.readBytes());
        }
    }

    /** One key group's bytes holding the sections of both (a section of {@code second} wins over one of the same state). */
    public static byte[] merge(byte[] first, byte[] second) {
        SortedMap<String, byte[]> sections = new TreeMap<>();
        read(first, sections::put);
        read(second, sections::put);
        return write(sections);
    }

    /** Adds the key groups of {@code more} to {@code into}, merging the sections of groups both hold. */
    public static void mergeInto(Map<Integer, byte[]> into, Map<Integer, byte[]> more) {
        more.forEach((group, bytes) -> into.merge(group, bytes, KeyGroupStateFormat::merge));
    }
}
