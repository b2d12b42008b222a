package io.eddy.benchmarks.nexmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;

/**
 * Latency from event append to result append over Kafka: fresh topics, a loader appending the
 * files' bids at a fixed rate with each bid's {@code dateTime} set to the wall-clock time (UTC) of
 * its append, a query job in a fresh JVM reading them and writing its result to a topic whose
 * records take the broker's append time ({@code LogAppendTime}). A result's latency is its record
 * timestamp minus its {@code dateTime}: for q0, q1 and q2 (results carry the bid's time) that is the
 * time from the bid's append to the result's append. Results of bids appended before the job's
 * first result plus {@link #WARM_UP_MILLIS} are left out: they waited for the JVM and job to start.
 */
final class KafkaLatency {

    /** The queries whose results carry the bid's {@code dateTime} unchanged. */
    static final List<String> QUERIES = List.of("q0", "q1", "q2");

    static final long WARM_UP_MILLIS = 2_000;

    private static final long MAX_LOAD_SECONDS = 30;

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String DATE_TIME_FIELD = "\"dateTime\":\"";

    private KafkaLatency() {
    }

    /** One latency run of {@code query} with the parent's loader; empty when the child failed. */
    static Optional<RunMeasurement> measure(BenchArguments arguments, String query) throws IOException, InterruptedException {
        Path directory = JsonFiles.existingDirectory(arguments);
        List<Path> bidFiles = JsonFiles.files(directory).stream()
                .filter(file -> file.getParent().getFileName().toString().equals("bid")).toList();
        long bids = Math.min(JsonLinesBaseline.scan(bidFiles).lines(), arguments.kafkaRate() * MAX_LOAD_SECONDS);
        String prefix = "nexmark-latency-" + System.currentTimeMillis() + "-";
        try (Admin admin = Admin.create(KafkaTopics.adminProperties(arguments))) {
            List<NewTopic> topics = new ArrayList<>();
            JsonFiles.TABLES.forEach(table -> topics.add(new NewTopic(prefix + table, 1, (short) 1)));
            topics.add(new NewTopic(prefix + "out", 1, (short) 1).configs(Map.of("message.timestamp.type", "LogAppendTime")));
            KafkaTopics.await(admin.createTopics(topics).all());
            BenchArguments child = arguments.forLatencyRun(bids, prefix);
            Thread loader = new Thread(() -> load(arguments, bidFiles, prefix + "bid", bids), "eddy-bench-loader");
            loader.start();
            Optional<RunMeasurement> measured = ChildJvm.run(child.childArguments(query), Optional.empty(), false);
            loader.join();
            Optional<RunMeasurement> result = measured.map(run -> new RunMeasurement(run.name(), run.events(),
                    run.wallSeconds(), run.jobSeconds(), run.cpuSeconds(), run.peakResidentBytes(),
                    Percentiles.of(latencies(arguments, prefix + "out")), run.checkpoints()));
            KafkaTopics.await(admin.deleteTopics(topics.stream().map(NewTopic::name).toList()).all());
            return result;
        }
    }

    /** The child side: reads {@code bids} bids from the latency topics and writes the result to the out topic. */
    static RunMeasurement runQuery(BenchArguments arguments, NexmarkSql sql, String query, Path state) throws SQLException {
        String prefix = arguments.latencyTopics().orElseThrow();
        QueryRun.SinkTable sink = (name, columns) -> "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'kafka',"
                + " 'topic' = '" + prefix + "out', 'properties.bootstrap.servers' = '" + arguments.bootstrapServers()
                + "', 'format' = 'json')";
        return new QueryRun(arguments, sql, sink).run(query, sql.ddl("kafka",
                KafkaTopics.values(arguments, prefix, Map.of("bid", arguments.events()))), state, null);
    }

    private static void load(BenchArguments arguments, List<Path> files, String topic, long bids) {
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / arguments.kafkaRate();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(KafkaTopics.producerProperties(arguments, 0))) {
            long started = System.nanoTime();
            long sent = 0;
            for (Path file : files) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while (sent < bids && (line = reader.readLine()) != null) {
                        long due = started + sent * intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        String now = LocalDateTime.now(ZoneOffset.UTC).format(MILLIS);
                        producer.send(new ProducerRecord<>(topic, 0, null, null,
                                withDateTime(line, now).getBytes(StandardCharsets.UTF_8)));
                        sent++;
                    }
                }
            }
            producer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code line} with the value of its {@code dateTime} field replaced by {@code timestamp}. */
    static String withDateTime(String line, String timestamp) {
        int start = line.indexOf(DATE_TIME_FIELD);
        if (start < 0) {
            throw new IllegalArgumentException("No dateTime field in " + line);
        }
        start += DATE_TIME_FIELD.length();
        int end = line.indexOf('"', start);
        return line.substring(0, start) + timestamp + line.substring(end);
    }

    /** Epoch milliseconds (UTC) of the {@code dateTime} field of a JSON result. */
    static long dateTimeMillis(String json) {
        int start = json.indexOf(DATE_TIME_FIELD);
        if (start < 0) {
            throw new IllegalArgumentException("No dateTime field in result " + json);
        }
        start += DATE_TIME_FIELD.length();
        String text = json.substring(start, json.indexOf('"', start));
        return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Milliseconds from each bid's append to its result's append, warm-up left out. */
    private static double[] latencies(BenchArguments arguments, String topic) {
        List<long[]> pairs = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaTopics.consumerProperties(arguments))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(java.time.Duration.ofMillis(200))) {
                    if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
                        throw new IllegalStateException("Result topic " + topic + " does not use LogAppendTime");
                    }
                    pairs.add(new long[] {dateTimeMillis(new String(record.value(), StandardCharsets.UTF_8)), record.timestamp()});
                }
            }
        }
        long firstResult = pairs.stream().mapToLong(pair -> pair[1]).min().orElse(0);
        return pairs.stream().filter(pair -> pair[0] >= firstResult + WARM_UP_MILLIS)
                .mapToDouble(pair -> pair[1] - pair[0]).toArray();
    }
}
