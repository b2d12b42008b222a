package io.eddy.connectors.kinesis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * A real Kinesis-API server for tests: kinesis-local (from npm, pinned by
 * {@code testing/kinesis/package-lock.json}) installed into {@code target/kinesis-local} on first
 * use and run with Node on free loopback ports. A preload ({@code testing/kinesis/loopback.js})
 * binds it to 127.0.0.1 and stops it when this JVM is gone; {@link #close()} and a shutdown hook
 * stop it otherwise.
 */
public final class KinesisServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KinesisServer.class);
  private static final Path FIXTURE = locateFixture();
  private static final Path INSTALL = Path.of("target", "kinesis-local").toAbsolutePath();

  /** kinesis-local takes a 12-digit access key id as the account. */
  public static final String ACCESS_KEY_ID = "000000000000";
  public static final String SECRET_KEY = "secret";

  private final Process process;
  private final int port;
  private final Path directory;

  private KinesisServer(Process process, int port, Path directory) {
    this.process = process;
    this.port = port;
    this.directory = directory;
  }

  /** Installs kinesis-local if needed, starts it and waits until it accepts connections. */
  public static KinesisServer start() {
    try {
      Path main = install();
      Path directory = Files.createTempDirectory("eddy-kinesis-");
      int port = freePort();
      ProcessBuilder builder = new ProcessBuilder("node", "-r", FIXTURE.resolve("loopback.js").toString(),
          main.toString()).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(directory.resolve("server.log").toFile());
      Map<String, String> environment = builder.environment();
      environment.put("KINESIS_MOCK_PLAIN_PORT", Integer.toString(port));
      environment.put("KINESIS_MOCK_TLS_PORT", Integer.toString(freePort()));
      environment.put("KINESIS_MOCK_CERT_PATH", main.resolveSibling("server.json").toString());
      environment.put("KINESIS_WATCH_PID", Long.toString(ProcessHandle.current().pid()));
      environment.put("LOG_LEVEL", "WARN");
      for (String operation : new String[] {"CREATE_STREAM", "DELETE_STREAM", "REGISTER_STREAM_CONSUMER",
          "DEREGISTER_STREAM_CONSUMER", "MERGE_SHARDS", "SPLIT_SHARD", "UPDATE_SHARD_COUNT"}) {
        environment.put(operation + "_DURATION", "50ms");
      }
      long started = System.nanoTime();
      KinesisServer server = new KinesisServer(builder.start(), port, directory);
      server.awaitListening();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kinesis-server-stop"));
      LOG.info("Started kinesis-local on port {} in {} ms", port,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path install() throws IOException {
    Path main = INSTALL.resolve("node_modules/kinesis-local/main.js");
    if (Files.exists(main)) {
      return main;
    }
    Files.createDirectories(INSTALL);
    for (String file : new String[] {"package.json", "package-lock.json"}) {
      Files.copy(FIXTURE.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Process npm = new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund")
        .directory(INSTALL.toFile()).redirectErrorStream(true)
        .redirectOutput(INSTALL.resolve("npm.log").toFile()).start();
    try {
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(main)) {
        npm.destroyForcibly();
        throw new IllegalStateException("npm could not install kinesis-local into " + INSTALL + ": "
            + Files.readString(INSTALL.resolve("npm.log")));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted installing kinesis-local", e);
    }
    return main;
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("kinesis-local exited: " + Files.readString(directory.resolve("server.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    close();
    throw new IllegalStateException("kinesis-local did not listen on port " + port + " within 60 s");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code http://127.0.0.1:port}, for {@code aws.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Creates a stream with {@code shards} shards and waits until it is active. */
  public void createStream(String name, int shards) {
    try (KinesisAsyncClient client = KinesisAsyncClient.builder().endpointOverride(URI.create(endpoint()))
        .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_KEY))).build()) {
      client.createStream(b -> b.streamName(name).shardCount(shards)).join();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (client.describeStreamSummary(b -> b.streamName(name)).join().streamDescriptionSummary()
          .streamStatus() != StreamStatus.ACTIVE) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("stream " + name + " did not become active");
        }
        sleep(20);
      }
    }
  }

  /** The {@code WITH} options reaching this server, for SQL tables. */
  public String tableOptions() {
    return "'aws.region' = 'us-east-1', 'aws.endpoint' = '" + endpoint()
        + "', 'aws.credentials.provider' = 'BASIC', 'aws.credentials.basic.accesskeyid' = '" + ACCESS_KEY_ID
        + "', 'aws.credentials.basic.secretkey' = '" + SECRET_KEY + "'";
  }

  @Override
  public synchronized void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path locateFixture() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("testing").resolve("kinesis");
      if (Files.exists(candidate.resolve("package-lock.json"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("testing/kinesis not found above " + Path.of("").toAbsolutePath());
  }

  @Override
  public String toString() {
    return "kinesis-local at " + endpoint();
  }
}
