package io.eddy.benchmarks.nexmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka source of the suite, on a broker such as {@code bin/kafka-local}: one single-partition
 * topic per Nexmark table, loaded from the JSON files ({@link #load}), the queries reading them up
 * to their end ({@link #runQuery}), and the baseline: one consumer thread reading the same topics
 * and touching every record ({@link #baseline}).
 */
final class KafkaTopics {

    private static final long TIMEOUT_SECONDS = 60;

    private KafkaTopics() {
    }

    /** The prefix of the topics holding the events of these arguments' files. */
    static String prefix(BenchArguments arguments) {
        return "nexmark-" + arguments.events() + "-tps" + arguments.eventsPerSecond() + "-";
    }

    /** Writes the JSON files' lines to the topics, unless the topics already hold them. */
    static void load(BenchArguments arguments, Path directory) throws IOException, InterruptedException {
        String prefix = prefix(arguments);
        try (Admin admin = Admin.create(adminProperties(arguments));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(arguments, 20))) {
            Set<String> existing = await(admin.listTopics().names());
            Map<String, Long> ends = existing.stream().anyMatch(name -> name.startsWith(prefix)) ? ends(arguments) : Map.of();
            for (String table : JsonFiles.TABLES) {
                String topic = prefix + table;
                List<Path> files = JsonFiles.files(directory).stream()
                        .filter(file -> file.getParent().getFileName().toString().equals(table)).toList();
                long lines = JsonLinesBaseline.scan(files).lines();
                if (ends.getOrDefault(table, -1L) == lines) {
                    System.out.printf("  topic %s already holds %,d events%n", topic, lines);
                    continue;
                }
                if (existing.contains(topic)) {
                    await(admin.deleteTopics(List.of(topic)).all());
                    Thread.sleep(500);
                }
                create(admin, List.of(new NewTopic(topic, 1, (short) 1)));
                long started = System.nanoTime();
                for (Path file : files) {
                    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            producer.send(new ProducerRecord<>(topic, 0, null, null, line.getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                }
                producer.flush();
                System.out.printf("  topic %s: %,d events written in %.1f s%n", topic, lines, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /** The number of records in each table's topic (its end offset), by table; missing topics are left out. */
    static Map<String, Long> ends(BenchArguments arguments) {
        String prefix = prefix(arguments);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(arguments))) {
            Set<String> topics = consumer.listTopics().keySet();
            Map<String, Long> ends = new HashMap<>();
            for (String table : JsonFiles.TABLES) {
                if (topics.contains(prefix + table)) {
                    TopicPartition partition = new TopicPartition(prefix + table, 0);
                    ends.put(table, consumer.endOffsets(List.of(partition)).get(partition));
                }
            }
            return ends;
        }
    }

    /** The ends of the three topics, failing with a hint when they were not loaded. */
    static Map<String, Long> existingEnds(BenchArguments arguments) {
        Map<String, Long> ends = ends(arguments);
        if (ends.size() != JsonFiles.TABLES.size()) {
            throw new IllegalArgumentException("No Nexmark topics " + prefix(arguments) + "* on " + arguments.bootstrapServers()
                    + ". Hint: bin/kafka-local start, then bin/eddy-bench generate --source kafka --events " + arguments.events());
        }
        return ends;
    }

    /** Runs a query over the loaded topics into a blackhole table. */
    static RunMeasurement runQuery(BenchArguments arguments, NexmarkSql sql, String query, Path state, CheckpointLog log)
            throws SQLException {
        Map<String, Long> ends = existingEnds(arguments);
        return new QueryRun(arguments, sql, QueryRun.BLACKHOLE).run(query, sql.ddl("kafka", values(arguments, prefix(arguments),
                ends)), state, log);
    }

    /** The placeholder values of {@code ddl-kafka.sql}. */
    static Map<String, String> values(BenchArguments arguments, String prefix, Map<String, Long> ends) {
        return Map.of("BOOTSTRAP_SERVERS", arguments.bootstrapServers(), "TOPIC_PREFIX", prefix,
                "PERSON_END", Long.toString(ends.getOrDefault("person", 0L)),
                "AUCTION_END", Long.toString(ends.getOrDefault("auction", 0L)),
                "BID_END", Long.toString(ends.getOrDefault("bid", 0L)));
    }

    /** One consumer thread reads the three topics to their ends and checks each record is a JSON object. */
    static RunMeasurement baseline(BenchArguments arguments) {
        Map<String, Long> ends = existingEnds(arguments);
        long expected = ends.values().stream().mapToLong(Long::longValue).sum();
        long started = System.nanoTime();
        long records = 0;
        long objects = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(arguments))) {
            List<TopicPartition> partitions = new ArrayList<>();
            JsonFiles.TABLES.forEach(table -> partitions.add(new TopicPartition(prefix(arguments) + table, 0)));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS * 10);
            while (records < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Read only " + records + " of " + expected + " records in time");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(java.time.Duration.ofMillis(100))) {
                    records++;
                    byte[] value = record.value();
                    if (value != null && value.length > 0 && value[0] == '{') {
                        objects++;
                    }
                }
            }
        }
        if (objects != records) {
            throw new IllegalStateException("Of " + records + " records only " + objects + " are JSON objects");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunMeasurement("kafka-baseline", records, ProcessMeasures.wallSeconds(), seconds,
                ProcessMeasures.cpuSeconds(), ProcessMeasures.peakResidentBytes(), Percentiles.NONE, Percentiles.NONE);
    }

    static Properties adminProperties(BenchArguments arguments) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, arguments.bootstrapServers());
        return properties;
    }

    static Properties producerProperties(BenchArguments arguments, int lingerMillis) {
        Properties properties = adminProperties(arguments);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(lingerMillis));
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        properties.put(ProducerConfig.ACKS_CONFIG, "1");
        return properties;
    }

    static Properties consumerProperties(BenchArguments arguments) {
        Properties properties = adminProperties(arguments);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 << 20));
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 << 20));
        return properties;
    }

    /**
     * Creates topics and returns once the broker leads every partition (each answers a ListOffsets
     * request). Writing sooner is unsafe on brokers before Kafka 4.5: an idempotent producer's first
     * batch to a partition the broker is still creating can be lost without an error (KAFKA-15591).
     */
    static void create(Admin admin, List<NewTopic> topics) throws InterruptedException {
        await(admin.createTopics(topics).all());
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (NewTopic topic : topics) {
            for (int partition = 0; partition < topic.numPartitions(); partition++) {
                partitions.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka on the bootstrap servers failed: " + e.getCause().getMessage(), e.getCause());
                }
                Thread.sleep(20);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not answer in " + TIMEOUT_SECONDS + " s. Hint: bin/kafka-local start", e);
            }
        }
    }

    static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka on the bootstrap servers failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in " + TIMEOUT_SECONDS + " s. Hint: bin/kafka-local start", e);
        }
    }
}
