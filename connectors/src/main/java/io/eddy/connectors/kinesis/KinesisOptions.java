package io.eddy.connectors.kinesis;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.time.Duration;
import java.util.List;

/**
 * The options of the {@code kinesis} connector. Keys are those of Flink 2.x's Kinesis table
 * connector; where Flink 1.x used another key it is accepted as a fallback key, so scripts of
 * either version run unchanged.
 */
public final class KinesisOptions {

  /** Where a source starts reading the shards it finds at startup. */
  public enum InitialPosition {
    LATEST, TRIM_HORIZON, AT_TIMESTAMP
  }

  /** How a source reads its shards. */
  public enum ReaderType {
    POLLING, EFO
  }

  /** Who registers and deregisters the enhanced fan-out consumer. */
  public enum EfoLifecycle {
    JOB_MANAGED, SELF_MANAGED
  }

  /** Where the credentials of the AWS clients come from. */
  public enum CredentialsProvider {
    AUTO, BASIC, ENV_VAR, SYS_PROP, PROFILE, ASSUME_ROLE, WEB_IDENTITY_TOKEN
  }

  public static final ConfigOption<String> STREAM = ConfigOptions.key("stream").stringType()
      .noDefaultValue()
      .withDescription("Name of the stream to read or write (Flink 1.x); give it or 'stream.arn'.");

  public static final ConfigOption<String> STREAM_ARN = ConfigOptions.key("stream.arn").stringType()
      .noDefaultValue()
      .withDescription("ARN of the stream to read or write (Flink 2.x); give it or 'stream'.");

  public static final ConfigOption<String> AWS_REGION = ConfigOptions.key("aws.region").stringType()
      .noDefaultValue()
      .withDescription("AWS region of the stream, e.g. 'us-east-1'; when unset, the region of the ARN"
          + " or of the environment.");

  public static final ConfigOption<String> AWS_ENDPOINT = ConfigOptions.key("aws.endpoint")
      .stringType().noDefaultValue()
      .withDescription("Endpoint URL overriding the region's, e.g. 'http://127.0.0.1:4568'.");

  public static final ConfigOption<CredentialsProvider> AWS_CREDENTIALS_PROVIDER = ConfigOptions
      .key("aws.credentials.provider").enumType(CredentialsProvider.class)
      .defaultValue(CredentialsProvider.AUTO)
      .withDescription("'AUTO' (the SDK's default chain), 'BASIC' (the keys below), 'ENV_VAR',"
          + " 'SYS_PROP' or 'PROFILE'; 'ASSUME_ROLE' and 'WEB_IDENTITY_TOKEN' are not supported yet.");

  public static final ConfigOption<String> AWS_ACCESS_KEY_ID = ConfigOptions
      .key("aws.credentials.basic.accesskeyid").stringType().noDefaultValue()
      .withDescription("Access key id for 'BASIC' credentials.");

  public static final ConfigOption<String> AWS_SECRET_KEY = ConfigOptions
      .key("aws.credentials.basic.secretkey").stringType().noDefaultValue()
      .withDescription("Secret access key for 'BASIC' credentials (never shown).");

  public static final ConfigOption<String> AWS_PROFILE_NAME = ConfigOptions
      .key("aws.credentials.profile.name").stringType().noDefaultValue()
      .withDescription("Profile of 'PROFILE' credentials; the default profile when unset.");

  public static final ConfigOption<String> AWS_PROFILE_PATH = ConfigOptions
      .key("aws.credentials.profile.path").stringType().noDefaultValue()
      .withDescription("Credentials file of 'PROFILE' credentials; ~/.aws/credentials when unset.");

  public static final ConfigOption<InitialPosition> SOURCE_INIT_POSITION = ConfigOptions
      .key("source.init.position").enumType(InitialPosition.class)
      .defaultValue(InitialPosition.LATEST)
      .withFallbackKeys("scan.stream.initpos")
      .withDescription("Where a source starts in the shards it finds at startup: 'LATEST',"
          + " 'TRIM_HORIZON' or 'AT_TIMESTAMP'. Shards found later start at their beginning."
          + " Flink 1.x key: 'scan.stream.initpos'.");

  public static final ConfigOption<String> SOURCE_INIT_TIMESTAMP = ConfigOptions
      .key("source.init.timestamp").stringType().noDefaultValue()
      .withFallbackKeys("scan.stream.initpos-timestamp")
      .withDescription("Start time for 'AT_TIMESTAMP': seconds since the epoch ('1700000000.5') or a"
          + " date-time in 'source.init.timestamp.format'."
          + " Flink 1.x key: 'scan.stream.initpos-timestamp'.");

  public static final ConfigOption<String> SOURCE_INIT_TIMESTAMP_FORMAT = ConfigOptions
      .key("source.init.timestamp.format").stringType()
      .defaultValue("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
      .withFallbackKeys("scan.stream.initpos-timestamp-format")
      .withDescription("Date-time pattern of 'source.init.timestamp' when it is not a number."
          + " Flink 1.x key: 'scan.stream.initpos-timestamp-format'.");

  public static final ConfigOption<Integer> SOURCE_MAX_RECORD_COUNT = ConfigOptions
      .key("source.shard.get-records.max-record-count").intType().defaultValue(10_000)
      .withFallbackKeys("scan.shard.getrecords.maxrecordcount")
      .withCheck(v -> v >= 1 && v <= 10_000, "a number from 1 to 10000")
      .withDescription("Most records one GetRecords call returns."
          + " Flink 1.x key: 'scan.shard.getrecords.maxrecordcount'.");

  public static final ConfigOption<Duration> SOURCE_IDLE_INTERVAL = ConfigOptions
      .key("source.shard.get-records.idle-source-interval").durationType()
      .defaultValue(Duration.ofMillis(200))
      .withFallbackKeys("scan.shard.getrecords.intervalmillis")
      .withDescription("How long a shard waits after a GetRecords call returned nothing."
          + " Flink 1.x key: 'scan.shard.getrecords.intervalmillis'.");

  public static final ConfigOption<Duration> SOURCE_DISCOVERY_INTERVAL = ConfigOptions
      .key("source.shard.discovery.interval").durationType().defaultValue(Duration.ofSeconds(10))
      .withFallbackKeys("scan.shard.discovery.intervalmillis")
      .withDescription("How often a source looks for new shards (after resharding); 0 turns it off."
          + " Flink 1.x key: 'scan.shard.discovery.intervalmillis'.");

  public static final ConfigOption<ReaderType> SOURCE_READER_TYPE = ConfigOptions
      .key("source.reader.type").enumType(ReaderType.class).defaultValue(ReaderType.POLLING)
      .withFallbackKeys("scan.stream.recordpublisher")
      .withDescription("'POLLING' (GetRecords) or 'EFO' (enhanced fan-out, SubscribeToShard)."
          + " Flink 1.x key: 'scan.stream.recordpublisher'.");

  public static final ConfigOption<String> SOURCE_EFO_CONSUMER_NAME = ConfigOptions
      .key("source.efo.consumer.name").stringType().noDefaultValue()
      .withFallbackKeys("scan.stream.efo.consumername")
      .withDescription("Name of the enhanced fan-out consumer ('EFO' readers)."
          + " Flink 1.x key: 'scan.stream.efo.consumername'.");

  public static final ConfigOption<EfoLifecycle> SOURCE_EFO_LIFECYCLE = ConfigOptions
      .key("source.efo.lifecycle").enumType(EfoLifecycle.class).defaultValue(EfoLifecycle.JOB_MANAGED)
      .withDescription("'JOB_MANAGED': the source registers the consumer when it is missing (reusing"
          + " one that exists) and deregisters it when the source closes; 'SELF_MANAGED': the consumer"
          + " must exist and is left alone.");

  public static final ConfigOption<String> SINK_PARTITIONER = ConfigOptions
      .key("sink.partitioner").stringType().defaultValue("random")
      .withDescription("How a sink picks partition keys when the table has no PARTITIONED BY"
          + " columns: 'random' (a new key per row) or 'fixed' (one key per writer).");

  public static final ConfigOption<String> SINK_PARTITIONER_FIELD_DELIMITER = ConfigOptions
      .key("sink.partitioner-field-delimiter").stringType().defaultValue("|")
      .withDescription("Separator of the PARTITIONED BY column values in a partition key.");

  public static final ConfigOption<Integer> SINK_BATCH_MAX_SIZE = ConfigOptions
      .key("sink.batch.max-size").intType().defaultValue(500)
      .withCheck(v -> v >= 1 && v <= 500, "a number from 1 to 500")
      .withDescription("Most records in one PutRecords call.");

  public static final ConfigOption<Integer> SINK_REQUESTS_MAX_INFLIGHT = ConfigOptions
      .key("sink.requests.max-inflight").intType().defaultValue(50)
      .withCheck(v -> v >= 1, "a positive number")
      .withDescription("Most PutRecords calls of one writer in flight at once.");

  public static final ConfigOption<Integer> SINK_REQUESTS_MAX_BUFFERED = ConfigOptions
      .key("sink.requests.max-buffered").intType().defaultValue(10_000)
      .withCheck(v -> v >= 1, "a positive number")
      .withDescription("Most records a writer holds (buffered or in flight) before writes wait.");

  public static final ConfigOption<Long> SINK_FLUSH_BUFFER_SIZE = ConfigOptions
      .key("sink.flush-buffer.size").longType().defaultValue(5L * 1024 * 1024)
      .withCheck(v -> v >= 1 && v <= 5L * 1024 * 1024, "a number of bytes from 1 to 5242880")
      .withDescription("Bytes of buffered records that make a writer send a batch.");

  public static final ConfigOption<Duration> SINK_FLUSH_BUFFER_TIMEOUT = ConfigOptions
      .key("sink.flush-buffer.timeout").durationType().defaultValue(Duration.ofSeconds(5))
      .withDescription("Longest time a record waits in a writer's buffer.");

  public static final ConfigOption<Boolean> SINK_FAIL_ON_ERROR = ConfigOptions
      .key("sink.fail-on-error").booleanType().defaultValue(false)
      .withDescription("Whether a record PutRecords rejects fails the job at once instead of being"
          + " retried.");

  public static final ConfigOption<Integer> SINK_PARALLELISM = ConfigOptions
      .key("sink.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the sink; when unset that of the operator before it.");

  public static final ConfigOption<String> DEAD_LETTER_STREAM = ConfigOptions
      .key("dead-letter.stream").stringType().noDefaultValue()
      .withDescription("Stream a source writes the records it cannot decode to, instead of failing: one JSON"
          + " record each (stream, shard-id, sequence-number, partition-key, timestamp, error and the raw"
          + " data in base64), with the record's partition key. It is reached with the table's 'aws.*'"
          + " options (same account, region and endpoint) and written with its 'sink.*' batching options."
          + " Give it or 'dead-letter.stream.arn'.");

  public static final ConfigOption<String> DEAD_LETTER_STREAM_ARN = ConfigOptions
      .key("dead-letter.stream.arn").stringType().noDefaultValue()
      .withDescription("ARN of the dead-letter stream, instead of 'dead-letter.stream'.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(STREAM, STREAM_ARN, AWS_REGION,
      AWS_ENDPOINT, AWS_CREDENTIALS_PROVIDER, AWS_ACCESS_KEY_ID, AWS_SECRET_KEY, AWS_PROFILE_NAME,
      AWS_PROFILE_PATH, SOURCE_INIT_POSITION, SOURCE_INIT_TIMESTAMP, SOURCE_INIT_TIMESTAMP_FORMAT,
      SOURCE_MAX_RECORD_COUNT, SOURCE_IDLE_INTERVAL, SOURCE_DISCOVERY_INTERVAL, SOURCE_READER_TYPE,
      SOURCE_EFO_CONSUMER_NAME, SOURCE_EFO_LIFECYCLE, SINK_PARTITIONER, SINK_PARTITIONER_FIELD_DELIMITER,
      SINK_BATCH_MAX_SIZE, SINK_REQUESTS_MAX_INFLIGHT,
      SINK_REQUESTS_MAX_BUFFERED, SINK_FLUSH_BUFFER_SIZE, SINK_FLUSH_BUFFER_TIMEOUT,
      SINK_FAIL_ON_ERROR, SINK_PARALLELISM, DEAD_LETTER_STREAM, DEAD_LETTER_STREAM_ARN);

  private KinesisOptions() {}
}
