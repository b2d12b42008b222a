package io.eddy.connectors.kinesis;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatSupport;
import io.eddy.catalog.options.OptionValues;
import io.eddy.catalog.options.TableOptionsContext;
import io.eddy.connectors.kinesis.KinesisOptions.CredentialsProvider;
import io.eddy.connectors.kinesis.KinesisOptions.InitialPosition;
import java.util.List;
import java.util.Set;

/**
 * {@code 'connector' = 'kinesis'}: reads and writes Amazon Kinesis Data Streams, each record's data
 * in a format. Declares Flink's option keys (2.x, with the 1.x keys as fallbacks) and checks the
 * rules between them.
 */
public final class KinesisConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "kinesis";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return KinesisOptions.OPTIONAL;
  }

  @Override
  public FormatSupport formatSupport() {
    return FormatSupport.VALUE;
  }

  @Override
  public Set<String> secretOptions() {
    return Set.of(KinesisOptions.AWS_SECRET_KEY.key());
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }

  @Override
  public void validate(TableOptionsContext context) {
    OptionValues options = context.options();
    boolean named = options.contains(KinesisOptions.STREAM);
    boolean byArn = options.contains(KinesisOptions.STREAM_ARN);
    if (named == byArn) {
      throw context.error(named
          ? "Options 'stream' and 'stream.arn' of " + context.owner() + " exclude each other; give one."
          : "Option 'stream' or 'stream.arn' of " + context.owner() + " is required.");
    }
    if (options.contains(KinesisOptions.DEAD_LETTER_STREAM)
        && options.contains(KinesisOptions.DEAD_LETTER_STREAM_ARN)) {
      throw context.error("Options 'dead-letter.stream' and 'dead-letter.stream.arn' of " + context.owner()
          + " exclude each other; give one.");
    }
    if (options.get(KinesisOptions.SOURCE_INIT_POSITION) == InitialPosition.AT_TIMESTAMP) {
      require(context, KinesisOptions.SOURCE_INIT_TIMESTAMP, "'source.init.position' = 'AT_TIMESTAMP'");
    }
    if (options.get(KinesisOptions.AWS_CREDENTIALS_PROVIDER) == CredentialsProvider.BASIC) {
      require(context, KinesisOptions.AWS_ACCESS_KEY_ID, "'aws.credentials.provider' = 'BASIC'");
      require(context, KinesisOptions.AWS_SECRET_KEY, "'aws.credentials.provider' = 'BASIC'");
    }
  }

  private static void require(TableOptionsContext context, ConfigOption<?> option, String when) {
    if (!context.options().contains(option)) {
      throw context.error("Option '" + option.key() + "' of " + context.owner() + " is required with "
          + when + ".");
    }
  }
}
