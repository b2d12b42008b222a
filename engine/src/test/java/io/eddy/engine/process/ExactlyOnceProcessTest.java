package io.eddy.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka → Eddy → Kafka exactly-once at process level: a windowed aggregation joined with a second
 * topic, on RocksDB, with a checkpoint every second, writing with {@code 'sink.delivery-guarantee' =
 * 'exactly-once'}. Eddy runs in a child JVM ({@link SqlScriptProcess}) once without interruption, and
 * once while the test kills it with SIGKILL at random moments several times and starts it again from
 * its newest complete checkpoint ({@code SET 'execution.state-recovery.path'}), as a user would after
 * a crash. Orders arrive at a steady pace in both runs, so kills land mid-stream. What a read_committed
 * consumer sees of the two outputs must be identical, row for row.
 */
@ExtendWith(KafkaBrokerExtension.class)
@EnabledIf(value = "stateRecoveryAvailable",
        disabledReason = "needs SET 'execution.state-recovery.path' in the engine (branch 'recovery')")
class ExactlyOnceProcessTest {

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceProcessTest.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final long START = 1_700_000_000_000L;
    private static final int CUSTOMERS = 12;
    private static final int ORDERS = 3_000;
    private static final Duration FEED_TIME = Duration.ofSeconds(10);
    private static final int KILLS = 4;
    private static final Duration CHECKPOINT_WAIT = Duration.ofSeconds(30);

    /** Whether the engine restores jobs from {@code execution.state-recovery.path}. */
    static boolean stateRecoveryAvailable() {
        try {
            Class.forName("io.eddy.engine.config.SessionOptions").getField("STATE_RECOVERY_PATH");
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Test
    void aKilledAndRestartedEddyWritesWhatAnUninterruptedOneWrites(KafkaBroker broker, @TempDir Path directory)
            throws Exception {
        broker.createTopic("customers", 1);
        send(broker, "customers", customers());

        Run clean = new Run(broker, directory.resolve("clean"), "clean");
        List<String> reference;
        try {
            clean.start();
            CompletableFuture<Void> feeding = clean.feed();
            feeding.get(FEED_TIME.toSeconds() + 30, TimeUnit.SECONDS);
            reference = clean.awaitStableOutput(expectedRows());
        } finally {
            clean.kill();  // also when the run failed: a process left running holds the directory's files
        }
        assertThat(reference).as("one row per customer and second").hasSize(expectedRows());

        Run killed = new Run(broker, directory.resolve("killed"), "killed");
        List<String> recovered;
        try {
            Random random = new Random(42);
            killed.start();
            CompletableFuture<Void> feeding = killed.feed();
            Thread.sleep(500 + random.nextInt(2_000));
            killed.kill();
            killed.start();
            for (int kill = 1; kill < KILLS; kill++) {
                killed.awaitNewCheckpoint();
                Thread.sleep(random.nextInt(1_500));
                killed.kill();
                killed.start();
            }
            feeding.get(60, TimeUnit.SECONDS);
            recovered = killed.awaitStableOutput(reference.size());
        } finally {
            killed.kill();
        }
        assertThat(killed.restoredCheckpoints).as("restarts from checkpoints").isNotEmpty();
        assertThat(recovered).isEqualTo(reference);
    }

    private static int expectedRows() {
        Set<String> windows = new TreeSet<>();
        for (int i = 0; i < ORDERS; i++) {
            windows.add(order(i).timestamp / 1000 + "/" + order(i).customer);
        }
        return windows.size();
    }

    /** The i-th order: event time spread evenly over the feed time, customers round robin. */
    private record Order(int partition, long customer, long amount, long timestamp) {
        String json() {
            return "{\"customer\":" + customer + ",\"amount\":" + amount + ",\"ts\":\""
                    + TIMESTAMP.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC)) + "\"}";
        }
    }

    private static Order order(int i) {
        return new Order(i % 2, i % CUSTOMERS, i % 97, START + i * FEED_TIME.toMillis() / ORDERS);
    }

    private static List<ProducerRecord<String, String>> customers() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int id = 0; id < CUSTOMERS; id++) {
            records.add(new ProducerRecord<>("customers", 0, null, "{\"id\":" + id + ",\"name\":\"customer " + id + "\"}"));
        }
        return records;
    }

    /** One Eddy process lineage writing one output topic from its own orders topic. */
    private static final class Run {
        private final KafkaBroker broker;
        private final Path directory;
        private final String name;
        private final List<String> restoredCheckpoints = new ArrayList<>();
        private Process process;
        private Optional<Path> startedFrom = Optional.empty();
        private int starts;

        Run(KafkaBroker broker, Path directory, String name) throws Exception {
            this.broker = broker;
            this.directory = directory;
            this.name = name;
            Files.createDirectories(directory);
            broker.createTopic("orders-" + name, 2);
            broker.createTopic("totals-" + name, 2);
        }

        /** Starts Eddy, from the newest complete checkpoint of earlier processes when there is one. */
        void start() throws IOException {
            Optional<Path> checkpoint = newestCheckpoint(directory.resolve("checkpoints"));
            checkpoint.ifPresent(path -> restoredCheckpoints.add(path.toString()));
            startedFrom = checkpoint;
            Path script = directory.resolve("script-" + (++starts) + ".sql");
            Files.writeString(script, script(checkpoint), StandardCharsets.UTF_8);
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    SqlScriptProcess.class.getName(), script.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("eddy-" + starts + ".log").toFile())
                    .start();
            LOG.info("Run {}: started Eddy process {} from {}", name, process.pid(), checkpoint.orElse(null));
        }

        /** Waits until the running process completed a checkpoint of its own. */
        void awaitNewCheckpoint() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + CHECKPOINT_WAIT.toNanos();
            while (newestCheckpoint(directory.resolve("checkpoints")).equals(startedFrom)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("Run " + name + ": process " + process.pid() + " took no checkpoint; see "
                            + directory);
                }
                Thread.sleep(50);
            }
        }

        /** SIGKILL: no shutdown hook, no flush, no abort. */
        void kill() throws InterruptedException {
            if (process == null) {
                return;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            LOG.info("Run {}: killed Eddy process {}", name, process.pid());
        }

        private String script(Optional<Path> checkpoint) {
            String common = "'properties.bootstrap.servers' = '" + broker.bootstrapServers() + "', 'format' = 'json'";
            StringBuilder sql = new StringBuilder()
                    .append("SET 'execution.checkpointing.interval' = '1 s';\n")
                    .append("SET 'execution.checkpointing.dir' = '").append(directory.resolve("checkpoints")).append("';\n")
                    .append("SET 'state.backend.type' = 'rocksdb';\n")
                    .append("SET 'state.backend.rocksdb.localdir' = '").append(directory.resolve("rocksdb")).append("';\n")
                    .append("SET 'parallelism.default' = '2';\n")
                    .append("SET 'table.dml-sync' = 'true';\n");
            checkpoint.ifPresent(path -> sql.append("SET 'execution.state-recovery.path' = '").append(path).append("';\n"));
            return sql
                    .append("CREATE TABLE orders (customer BIGINT, amount BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts)"
                            + " WITH ('connector' = 'kafka', 'topic' = 'orders-").append(name)
                    .append("', 'scan.startup.mode' = 'earliest-offset', ").append(common).append(");\n")
                    .append("CREATE TABLE customers (id BIGINT, name STRING) WITH ('connector' = 'kafka',"
                            + " 'topic' = 'customers', 'scan.startup.mode' = 'earliest-offset', ").append(common).append(");\n")
                    .append("CREATE TABLE totals (window_start TIMESTAMP(3), customer BIGINT, name STRING, orders BIGINT,"
                            + " total BIGINT) WITH ('connector' = 'kafka', 'topic' = 'totals-").append(name)
                    .append("', 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = 'totals-")
                    .append(name).append("', ").append(common).append(");\n")
                    .append("INSERT INTO totals SELECT w.window_start, w.customer, c.name, w.orders, w.total FROM ("
                            + "SELECT window_start, window_end, customer, COUNT(*) AS orders, SUM(amount) AS total"
                            + " FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' SECOND))"
                            + " GROUP BY window_start, window_end, customer) w JOIN customers c ON w.customer = c.id;\n")
                    .toString();
        }

        /**
         * Writes the orders at a steady pace over the feed time, then one order an hour later on every
         * partition, so that the watermark passes every window of the real orders.
         */
        CompletableFuture<Void> feed() {
            return CompletableFuture.runAsync(() -> {
                String topic = "orders-" + name;
                try (KafkaProducer<String, String> producer = producer(broker)) {
                    long begin = System.nanoTime();
                    for (int i = 0; i < ORDERS; i++) {
                        Order order = order(i);
                        producer.send(new ProducerRecord<>(topic, order.partition(), null, order.json()));
                        long due = begin + FEED_TIME.toNanos() * i / ORDERS;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    for (int partition = 0; partition < 2; partition++) {
                        Order last = new Order(partition, -1, 0, START + 3_600_000L);
                        producer.send(new ProducerRecord<>(topic, partition, null, last.json()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        /** The output a read_committed consumer sees, sorted, once it reached {@code expected} rows and stopped growing. */
        List<String> awaitStableOutput(int expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            List<String> previous = List.of();
            int unchanged = 0;
            while (System.nanoTime() < deadline) {
                List<String> current = readCommitted(broker, "totals-" + name);
                unchanged = current.equals(previous) && current.size() >= expected ? unchanged + 1 : 0;
                if (unchanged >= 3) {
                    return current;
                }
                previous = current;
                Thread.sleep(1_000);
            }
            throw new AssertionError("Run " + name + " did not settle: " + previous.size() + " rows, expected "
                    + expected + "; see " + directory);
        }
    }

    /** The {@code chk-<id>} directory with the highest id that has its {@code _metadata}, across the jobs. */
    private static Optional<Path> newestCheckpoint(Path checkpoints) throws IOException {
        if (!Files.isDirectory(checkpoints)) {
            return Optional.empty();
        }
        try (Stream<Path> paths = Files.walk(checkpoints, 2)) {
            return paths.filter(path -> path.getFileName().toString().matches("chk-\\d+"))
                    .filter(path -> Files.exists(path.resolve("_metadata")))
                    .max(Comparator.comparingLong(path -> Long.parseLong(path.getFileName().toString().substring(4))));
        }
    }

    private static List<String> readCommitted(KafkaBroker broker, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                records.forEach(record -> values.add(record.value()));
            }
        }
        values.sort(null);
        return values;
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(properties);
    }

    private static void send(KafkaBroker broker, String topic, List<ProducerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = producer(broker)) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record).get();
            }
        }
    }
}
