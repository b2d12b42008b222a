package io.eddy.connectors.filesystem;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.catalog.options.MemorySize;
import java.time.Duration;
import java.util.List;

/** The options of the {@code filesystem} connector, with Flink's keys and defaults. */
public final class FileSystemOptions {

  /** Which file statistics a source reports to the planner. */
  public enum ReportStatistics {
    NONE, ALL
  }

  public static final ConfigOption<String> PATH = ConfigOptions.key("path").stringType()
      .noDefaultValue()
      .withDescription("Directory (or file, for a source) to read from or write to.");

  public static final ConfigOption<Duration> SOURCE_MONITOR_INTERVAL = ConfigOptions
      .key("source.monitor-interval").durationType().noDefaultValue()
      .withDescription("How often a source looks for new files; when unset the path is read"
          + " once and the source is bounded.");

  public static final ConfigOption<ReportStatistics> SOURCE_REPORT_STATISTICS = ConfigOptions
      .key("source.report-statistics").enumType(ReportStatistics.class)
      .defaultValue(ReportStatistics.ALL)
      .withDescription("Whether a source reads file statistics for the planner: NONE or ALL.");

  public static final ConfigOption<String> SOURCE_PATH_REGEX_PATTERN = ConfigOptions
      .key("source.path.regex-pattern").stringType().noDefaultValue()
      .withDescription("Regular expression a file path must match to be read.");

  public static final ConfigOption<String> PARTITION_DEFAULT_NAME = ConfigOptions
      .key("partition.default-name").stringType().defaultValue("__DEFAULT_PARTITION__")
      .withDescription("Directory name of a partition whose key is NULL or empty.");

  public static final ConfigOption<MemorySize> SINK_ROLLING_POLICY_FILE_SIZE = ConfigOptions
      .key("sink.rolling-policy.file-size").memoryType()
      .defaultValue(MemorySize.ofMebiBytes(128))
      .withDescription("Size at which a part file is closed and a new one started.");

  public static final ConfigOption<Duration> SINK_ROLLING_POLICY_ROLLOVER_INTERVAL =
      ConfigOptions.key("sink.rolling-policy.rollover-interval").durationType()
          .defaultValue(Duration.ofMinutes(30))
          .withDescription("Longest time a part file stays open before it is rolled.");

  public static final ConfigOption<Duration> SINK_ROLLING_POLICY_CHECK_INTERVAL =
      ConfigOptions.key("sink.rolling-policy.check-interval").durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription("How often the time-based rolling policies are checked.");

  public static final ConfigOption<Duration> SINK_ROLLING_POLICY_INACTIVITY_INTERVAL =
      ConfigOptions.key("sink.rolling-policy.inactivity-interval").durationType()
          .defaultValue(Duration.ofMinutes(30))
          .withDescription("Time without writes after which a part file is rolled.");

  public static final ConfigOption<Boolean> SINK_SHUFFLE_BY_PARTITION = ConfigOptions
      .key("sink.shuffle-by-partition.enable").booleanType().defaultValue(false)
      .withDescription("Whether rows are shuffled by partition key before the sink, so fewer"
          + " files are written.");

  public static final ConfigOption<String> PARTITION_TIME_EXTRACTOR_KIND = ConfigOptions
      .key("partition.time-extractor.kind").stringType().defaultValue("default")
      .withDescription("How a time is extracted from partition values: 'default' or 'custom'.");

  public static final ConfigOption<String> PARTITION_TIME_EXTRACTOR_CLASS = ConfigOptions
      .key("partition.time-extractor.class").stringType().noDefaultValue()
      .withDescription("Class of a custom partition time extractor.");

  public static final ConfigOption<String> PARTITION_TIME_EXTRACTOR_TIMESTAMP_PATTERN =
      ConfigOptions.key("partition.time-extractor.timestamp-pattern").stringType()
          .noDefaultValue()
          .withDescription("How partition values form a timestamp, e.g. '$dt $hour:00:00'.");

  public static final ConfigOption<String> PARTITION_TIME_EXTRACTOR_TIMESTAMP_FORMATTER =
      ConfigOptions.key("partition.time-extractor.timestamp-formatter").stringType()
          .defaultValue("yyyy-MM-dd HH:mm:ss")
          .withDescription("Date-time pattern that parses the timestamp built by the pattern.");

  public static final ConfigOption<String> SINK_PARTITION_COMMIT_TRIGGER = ConfigOptions
      .key("sink.partition-commit.trigger").stringType().defaultValue("process-time")
      .withDescription("When a partition is committed: 'process-time' or 'partition-time'.");

  public static final ConfigOption<Duration> SINK_PARTITION_COMMIT_DELAY = ConfigOptions
      .key("sink.partition-commit.delay").durationType().defaultValue(Duration.ZERO)
      .withDescription("Delay before a partition is committed.");

  public static final ConfigOption<String> SINK_PARTITION_COMMIT_WATERMARK_TIME_ZONE =
      ConfigOptions.key("sink.partition-commit.watermark-time-zone").stringType()
          .defaultValue("UTC")
          .withDescription("Time zone used to compare watermarks with partition times.");

  public static final ConfigOption<String> SINK_PARTITION_COMMIT_POLICY_KIND = ConfigOptions
      .key("sink.partition-commit.policy.kind").stringType().noDefaultValue()
      .withDescription("How a committed partition is announced: 'success-file', 'metastore'"
          + " or 'custom', comma separated.");

  public static final ConfigOption<String> SINK_PARTITION_COMMIT_POLICY_CLASS = ConfigOptions
      .key("sink.partition-commit.policy.class").stringType().noDefaultValue()
      .withDescription("Class of a custom partition commit policy.");

  public static final ConfigOption<String> SINK_PARTITION_COMMIT_SUCCESS_FILE_NAME =
      ConfigOptions.key("sink.partition-commit.success-file.name").stringType()
          .defaultValue("_SUCCESS")
          .withDescription("Name of the file the success-file policy writes.");

  public static final ConfigOption<Boolean> AUTO_COMPACTION = ConfigOptions
      .key("auto-compaction").booleanType().defaultValue(false)
      .withDescription("Whether small files written between checkpoints are merged.");

  public static final ConfigOption<MemorySize> COMPACTION_FILE_SIZE = ConfigOptions
      .key("compaction.file-size").memoryType().noDefaultValue()
      .withDescription("Target size of compacted files; the rolling file size when unset.");

  public static final ConfigOption<Integer> SINK_PARALLELISM = ConfigOptions
      .key("sink.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the sink; when unset that of the operator before it.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(SOURCE_MONITOR_INTERVAL,
      SOURCE_REPORT_STATISTICS, SOURCE_PATH_REGEX_PATTERN, PARTITION_DEFAULT_NAME,
      SINK_ROLLING_POLICY_FILE_SIZE, SINK_ROLLING_POLICY_ROLLOVER_INTERVAL,
      SINK_ROLLING_POLICY_CHECK_INTERVAL, SINK_ROLLING_POLICY_INACTIVITY_INTERVAL,
      SINK_SHUFFLE_BY_PARTITION, PARTITION_TIME_EXTRACTOR_KIND, PARTITION_TIME_EXTRACTOR_CLASS,
      PARTITION_TIME_EXTRACTOR_TIMESTAMP_PATTERN, PARTITION_TIME_EXTRACTOR_TIMESTAMP_FORMATTER,
      SINK_PARTITION_COMMIT_TRIGGER, SINK_PARTITION_COMMIT_DELAY,
      SINK_PARTITION_COMMIT_WATERMARK_TIME_ZONE, SINK_PARTITION_COMMIT_POLICY_KIND,
      SINK_PARTITION_COMMIT_POLICY_CLASS, SINK_PARTITION_COMMIT_SUCCESS_FILE_NAME,
      AUTO_COMPACTION, COMPACTION_FILE_SIZE, SINK_PARALLELISM);

  private FileSystemOptions() {}
}
