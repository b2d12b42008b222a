package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.kinesis.KinesisOptions.EfoLifecycle;
import io.eddy.connectors.kinesis.KinesisOptions.InitialPosition;
import io.eddy.connectors.kinesis.KinesisOptions.ReaderType;
import io.eddy.connectors.spi.ConnectorException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a Kinesis source reads and how, from the table's options.
 *
 * @param client how to reach the stream
 * @param initialPosition where shards found at startup begin
 * @param initialTimestampMillis the start time of {@code AT_TIMESTAMP}, else 0
 * @param maxRecordCount the most records one GetRecords call returns
 * @param idleInterval how long a shard waits after an empty GetRecords
 * @param discoveryInterval how often new shards are looked for; zero for never
 * @param readerType polling or enhanced fan-out
 * @param consumerName the enhanced fan-out consumer, or null for polling
 * @param lifecycle who registers and deregisters the consumer
 * @param deadLetters how records that cannot be decoded are written to the dead-letter stream, or null
 *                    when they fail the job
 */
record KinesisScanSettings(KinesisClientSettings client, InitialPosition initialPosition,
                           long initialTimestampMillis, int maxRecordCount, Duration idleInterval,
                           Duration discoveryInterval, ReaderType readerType, String consumerName,
                           EfoLifecycle lifecycle, KinesisSinkSettings deadLetters) {

  KinesisScanSettings {
    requireNonNull(client, "client is null");
    requireNonNull(initialPosition, "initialPosition is null");
    requireNonNull(idleInterval, "idleInterval is null");
    requireNonNull(discoveryInterval, "discoveryInterval is null");
    requireNonNull(readerType, "readerType is null");
    requireNonNull(lifecycle, "lifecycle is null");
  }

  static KinesisScanSettings of(String tableName, OptionValues options) {
    ReaderType readerType = options.get(KinesisOptions.SOURCE_READER_TYPE);
    String consumerName = options.get(KinesisOptions.SOURCE_EFO_CONSUMER_NAME);
    if (readerType == ReaderType.EFO && consumerName == null) {
      throw new ConnectorException("Table " + tableName + " reads with enhanced fan-out ('source.reader.type'"
          + " = 'EFO') and needs option 'source.efo.consumer.name'");
    }
    InitialPosition position = options.get(KinesisOptions.SOURCE_INIT_POSITION);
    long timestamp = 0;
    if (position == InitialPosition.AT_TIMESTAMP) {
      String text = options.get(KinesisOptions.SOURCE_INIT_TIMESTAMP);
      if (text == null) {
        throw new ConnectorException("Table " + tableName + " starts 'AT_TIMESTAMP' and needs option"
            + " 'source.init.timestamp'");
      }
      timestamp = parseTimestamp(tableName, text, options.get(KinesisOptions.SOURCE_INIT_TIMESTAMP_FORMAT));
    }
    return new KinesisScanSettings(KinesisClientSettings.of(tableName, options), position, timestamp,
        options.get(KinesisOptions.SOURCE_MAX_RECORD_COUNT), options.get(KinesisOptions.SOURCE_IDLE_INTERVAL),
        options.get(KinesisOptions.SOURCE_DISCOVERY_INTERVAL), readerType,
        readerType == ReaderType.EFO ? consumerName : null, options.get(KinesisOptions.SOURCE_EFO_LIFECYCLE),
        KinesisSinkSettings.deadLetters(tableName, options));
  }

  /** Seconds since the epoch (with a fraction), or a date-time in {@code pattern}, as milliseconds. */
  static long parseTimestamp(String tableName, String text, String pattern) {
    try {
      return new BigDecimal(text.trim()).movePointRight(3).longValue();
    } catch (NumberFormatException notANumber) {
      try {
        return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ofPattern(pattern)).toInstant().toEpochMilli();
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new ConnectorException("Invalid value '" + text + "' of option 'source.init.timestamp' of table "
            + tableName + ": expected seconds since the epoch or a date-time like '"
            + OffsetDateTime.parse("2024-01-01T00:00:00Z").format(safeFormatter(pattern)) + "' ('"
            + pattern + "')");
      }
    }
  }

  private static DateTimeFormatter safeFormatter(String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    }
  }

  boolean enhancedFanOut() {
    return readerType == ReaderType.EFO;
  }

  String tableName() {
    return client.tableName();
  }

  /**
   * Where a shard found at startup begins. LATEST is pinned to the time the source starts
   * ({@code nowMillis}), so that a shard restored before it read anything still reads every record
   * that arrived after the start, where a plain LATEST would skip them.
   */
  StartingPosition startupPosition(long nowMillis) {
    return switch (initialPosition) {
      case LATEST -> StartingPosition.atTimestamp(nowMillis);
      case TRIM_HORIZON -> StartingPosition.TRIM_HORIZON;
      case AT_TIMESTAMP -> StartingPosition.atTimestamp(initialTimestampMillis);
    };
  }
}
