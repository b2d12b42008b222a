package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KafkaLatencyTest {

    @Test
    void theLoaderStampsTheAppendTimeIntoTheBid() {
        String bid = "{\"auction\":1000,\"price\":5,\"dateTime\":\"2020-01-01 00:00:00\",\"extra\":\"x\"}";
        String stamped = KafkaLatency.withDateTime(bid, "2026-11-23 23:59:01.250");
        assertThat(stamped).isEqualTo("{\"auction\":1000,\"price\":5,\"dateTime\":\"2026-11-23 23:59:01.250\",\"extra\":\"x\"}");
        assertThat(KafkaLatency.dateTimeMillis(stamped)).isEqualTo(LocalDateTime.of(2026, 11, 23, 23, 59, 1, 250_000_000).toInstant(ZoneOffset.UTC).toEpochMilli());
        assertThat(KafkaLatency.dateTimeMillis(bid)).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
        assertThatThrownBy(() -> KafkaLatency.withDateTime("{\"a\":1}", "x")).hasMessage("No dateTime field in {\"a\":1}");
        assertThat(KafkaLatency.auction(bid)).isEqualTo(1000);
        assertThatThrownBy(() -> KafkaLatency.auction("{\"a\":1}")).hasMessage("No auction field in {\"a\":1}");
    }
}
