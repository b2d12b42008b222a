package io.eddy.connectors.kinesis;

import io.eddy.connectors.spi.ConnectorException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ConsumerDescription;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

/**
 * The enhanced fan-out consumer of a source ({@code source.efo.consumer.name}): found, registered
 * when missing ({@code JOB_MANAGED}; one that exists is reused), waited for until active, and
 * deregistered when asked. Works on the stream's ARN, which it looks up when the table names the
 * stream.
 */
final class EfoConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(EfoConsumer.class);
  private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(2);

  private final KinesisAsyncClient client;
  private final KinesisScanSettings settings;

  EfoConsumer(KinesisAsyncClient client, KinesisScanSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** The stream's ARN: the table's, or looked up by name. */
  CompletableFuture<String> streamArn() {
    StreamReference stream = settings.client().stream();
    if (stream.arn() != null) {
      return CompletableFuture.completedFuture(stream.arn());
    }
    return client.describeStreamSummary(b -> b.streamName(stream.name()))
        .thenApply(response -> response.streamDescriptionSummary().streamARN());
  }

  /** The consumer's ARN once it is active (without registering it). */
  CompletableFuture<String> activeArn() {
    return streamArn().thenCompose(streamArn -> client.describeStreamConsumer(b -> b.streamARN(streamArn)
        .consumerName(settings.consumerName()))).thenApply(response -> response.consumerDescription().consumerARN());
  }

  /**
   * Finds the consumer or, when the source manages it, registers it; blocks until it is active.
   *
   * @throws ConnectorException when it is missing and self-managed, or cannot be registered
   */
  void ensureRegistered() {
    String streamArn;
    try {
      streamArn = streamArn().join();
    } catch (RuntimeException e) {
      throw KinesisErrors.of(settings.client(), "describe the stream", e);
    }
    long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
    while (true) {
      ConsumerDescription consumer = describe(streamArn);
      if (consumer == null) {
        if (settings.lifecycle() == KinesisOptions.EfoLifecycle.SELF_MANAGED) {
          throw new ConnectorException("Enhanced fan-out consumer '" + settings.consumerName() + "' of table "
              + settings.tableName() + " is not registered on " + settings.client().location()
              + ". Hint: register it, or set 'source.efo.lifecycle' = 'JOB_MANAGED'");
        }
        register(streamArn);
      } else if (consumer.consumerStatus() == ConsumerStatus.ACTIVE) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new ConnectorException("Enhanced fan-out consumer '" + settings.consumerName() + "' of table "
            + settings.tableName() + " did not become active within " + ACTIVE_TIMEOUT.toMinutes() + " minutes");
      }
      pause();
    }
  }

  private ConsumerDescription describe(String streamArn) {
    try {
      return client.describeStreamConsumer(b -> b.streamARN(streamArn).consumerName(settings.consumerName()))
          .join().consumerDescription();
    } catch (RuntimeException e) {
      if (KinesisErrors.unwrap(e) instanceof ResourceNotFoundException) {
        return null;
      }
      throw KinesisErrors.of(settings.client(), "describe consumer '" + settings.consumerName() + "'", e);
    }
  }

  private void register(String streamArn) {
    try {
      client.registerStreamConsumer(b -> b.streamARN(streamArn).consumerName(settings.consumerName())).join();
      LOG.info("Registered enhanced fan-out consumer {} of table {}", settings.consumerName(), settings.tableName());
    } catch (RuntimeException e) {
      if (!(KinesisErrors.unwrap(e) instanceof ResourceInUseException)) {
        throw KinesisErrors.of(settings.client(), "register consumer '" + settings.consumerName() + "'", e);
      }
    }
  }

  /** Deregisters the consumer when the source manages it; failures are logged, not thrown. */
  void deregisterIfManaged() {
    if (settings.lifecycle() != KinesisOptions.EfoLifecycle.JOB_MANAGED) {
      return;
    }
    try {
      String streamArn = streamArn().join();
      client.deregisterStreamConsumer(b -> b.streamARN(streamArn).consumerName(settings.consumerName())).join();
      LOG.info("Deregistered enhanced fan-out consumer {} of table {}", settings.consumerName(),
          settings.tableName());
    } catch (RuntimeException e) {
      LOG.warn("Could not deregister enhanced fan-out consumer {} of table {}: {}", settings.consumerName(),
          settings.tableName(), KinesisErrors.firstLine(KinesisErrors.unwrap(e).getMessage()));
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while waiting for an enhanced fan-out consumer");
    }
  }
}
