package io.eddy.connectors.kafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker process, started with {@code bin/kafka-local} on free ports with
 * its data in a temporary directory, so tests use the same mechanics as developers. The broker is
 * tied to this JVM ({@code KAFKA_WATCH_PID}): it stops when {@link #close()} runs, in a shutdown
 * hook, and even when the JVM is killed.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
  private static final Path SCRIPT = locateScript();
  private static final Path CLASSPATH_CACHE = Path.of("target", "kafka-broker", "classpath.txt")
      .toAbsolutePath();

  private final Path directory;
  private final int port;
  private final Map<String, String> environment;
  private final long startMillis;
  private boolean stopped;

  private KafkaBroker(Path directory, int port, int controllerPort) {
    this.directory = directory;
    this.port = port;
    this.environment = Map.of("KAFKA_LOCAL_DIR", directory.toString(),
        "KAFKA_PORT", Integer.toString(port), "KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort),
        "KAFKA_CLASSPATH_FILE", CLASSPATH_CACHE.toString(),
        "KAFKA_WATCH_PID", Long.toString(ProcessHandle.current().pid()));
    long started = System.nanoTime();
    run("start");
    this.startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** Starts a broker on free ports; blocks until it serves clients. */
  public static KafkaBroker start() {
    try {
      Path directory = Files.createTempDirectory("eddy-kafka-");
      KafkaBroker broker = new KafkaBroker(directory, freePort(), freePort());
      Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
      LOG.info("Started {} in {} ms", broker, broker.startMillis());
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 127.0.0.1:port}, for {@code properties.bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /**
   * Creates a topic and returns once the broker leads every partition (each answers a ListOffsets
   * request). Producing sooner is unsafe on brokers before Kafka 4.5: while the broker applies the
   * new partition, an idempotent producer's first request can fail and its second be appended, and
   * the first batch is then lost without an error (KAFKA-15591).
   */
  public void createTopic(String topic, int partitions) {
    createTopic(new NewTopic(topic, partitions, (short) 1));
  }

  /** {@link #createTopic(String, int)} with the topic's own settings. */
  public void createTopic(NewTopic topic) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin.createTopics(List.of(topic)).all().get(1, TimeUnit.MINUTES);
      Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
      for (int partition = 0; partition < topic.numPartitions(); partition++) {
        partitions.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
      }
      awaitLeaders(admin, partitions);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("creating topic " + topic.name() + " on " + this + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + topic.name(), e);
    }
  }

  /** Asks every partition's leader for its end offset until all answer; retries while the topic is new. */
  private static void awaitLeaders(Admin admin, Map<TopicPartition, OffsetSpec> partitions)
      throws ExecutionException, TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try {
        admin.listOffsets(partitions).all().get(1, TimeUnit.MINUTES);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  /** How long the start took, class path resolution and storage formatting included. */
  public long startMillis() {
    return startMillis;
  }

  /**
   * Stops the broker process but keeps its ports and data directory, so {@link #restart()} brings
   * the same broker back with its topics and records, as a broker outage would. Does nothing when it
   * is already stopped.
   */
  public synchronized void stop() {
    requireOpen();
    run("stop");
  }

  /**
   * Starts the broker again after {@link #stop()}, on the same ports with the same data; blocks until
   * it serves clients. Does nothing when it is running.
   */
  public synchronized void restart() {
    requireOpen();
    run("start");
  }

  private void requireOpen() {
    if (stopped) {
      throw new IllegalStateException(this + " is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    run("stop");
    deleteRecursively(directory);
  }

  private void run(String command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(List.of(SCRIPT.toString(), command))
          .redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("bin/kafka-local " + command + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running bin/kafka-local " + command, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path locateScript() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("bin").resolve("kafka-local");
      if (Files.isExecutable(script)) {
        return script;
      }
    }
    throw new IllegalStateException("bin/kafka-local not found above " + Path.of("").toAbsolutePath());
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort: a temporary directory left behind is harmless.
    }
  }

  @Override
  public String toString() {
    return "KafkaBroker[" + bootstrapServers() + ", " + directory + "]";
  }
}
