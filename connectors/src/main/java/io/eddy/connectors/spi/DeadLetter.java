package io.eddy.connectors.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record a source could not decode, kept with its raw bytes and where it came from so that it can
 * be written to a dead-letter destination instead of failing the job.
 *
 * @param key the record's raw key, or null (Kinesis: the partition key, UTF-8)
 * @param value the record's raw value, or null
 * @param provenance where the record was read, in order, e.g. {@code topic}, {@code partition},
 *                   {@code offset}, {@code timestamp} (Kinesis: {@code stream}, {@code shard-id},
 *                   {@code sequence-number}, {@code partition-key}, {@code timestamp})
 * @param error why it could not be decoded (one line)
 */
public record DeadLetter(byte[] key, byte[] value, Map<String, String> provenance, String error) {

    public DeadLetter {
        requireNonNull(provenance, "provenance is null");
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        requireNonNull(error, "error is null");
    }

    /** A dead letter whose provenance is given as name, value pairs, in order. */
    public static DeadLetter of(byte[] key, byte[] value, String error, String... provenance) {
        if (provenance.length % 2 != 0) {
            throw new IllegalArgumentException("provenance needs name, value pairs");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < provenance.length; i += 2) {
            pairs.put(provenance[i], provenance[i + 1]);
        }
        return new DeadLetter(key, value, pairs, error);
    }

    /** The headers a dead-letter record carries: {@code source.<name>} per provenance entry, then {@code error}. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        provenance.forEach((name, text) -> headers.put("source." + name, text.getBytes(StandardCharsets.UTF_8)));
        headers.put("error", error.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    @Override
    public String toString() {
        return "DeadLetter" + provenance + ": " + error;
    }
}
