package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.kinesis.KinesisOptions.CredentialsProvider;
import io.eddy.connectors.spi.ConnectorException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;

/**
 * How to reach a table's stream: region, endpoint and credentials from the {@code aws.*} options.
 * Builds the asynchronous clients sources and sinks use. The secret key never appears in
 * {@link #toString()}.
 *
 * @param tableName the table, for messages
 * @param stream the stream read or written
 * @param region the region, or null for the SDK's default chain
 * @param endpoint the endpoint override, or null
 * @param credentials where credentials come from
 * @param accessKeyId the access key id of BASIC credentials, or null
 * @param secretKey the secret key of BASIC credentials, or null
 * @param profileName the profile of PROFILE credentials, or null
 * @param profilePath the credentials file of PROFILE credentials, or null
 */
record KinesisClientSettings(String tableName, StreamReference stream, String region, URI endpoint,
                             CredentialsProvider credentials, String accessKeyId, String secretKey,
                             String profileName, String profilePath) {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  /**
   * One event loop group for every client in the process: clients are made per reader, writer and
   * enumerator, and closing a client that owns its group waits seconds for it to shut down.
   */
  private static final class SharedEventLoop {
    static final SdkEventLoopGroup GROUP = SdkEventLoopGroup.builder()
        .threadFactory(runnable -> {
          Thread thread = new Thread(runnable, "kinesis-client-io");
          thread.setDaemon(true);
          return thread;
        }).build();
  }

  KinesisClientSettings {
    requireNonNull(tableName, "tableName is null");
    requireNonNull(stream, "stream is null");
    requireNonNull(credentials, "credentials is null");
  }

  static KinesisClientSettings of(String tableName, OptionValues options) {
    StreamReference stream = StreamReference.of(tableName, options);
    String region = options.getOptional(KinesisOptions.AWS_REGION).orElse(stream.arnRegion());
    String endpoint = options.get(KinesisOptions.AWS_ENDPOINT);
    CredentialsProvider credentials = options.get(KinesisOptions.AWS_CREDENTIALS_PROVIDER);
    if (credentials == CredentialsProvider.ASSUME_ROLE
        || credentials == CredentialsProvider.WEB_IDENTITY_TOKEN) {
      throw new ConnectorException("Table " + tableName + ": 'aws.credentials.provider' = '" + credentials
          + "' is not supported yet. Hint: use 'AUTO', 'BASIC', 'ENV_VAR', 'SYS_PROP' or 'PROFILE'");
    }
    String accessKeyId = options.get(KinesisOptions.AWS_ACCESS_KEY_ID);
    String secretKey = options.get(KinesisOptions.AWS_SECRET_KEY);
    if (credentials == CredentialsProvider.BASIC && (accessKeyId == null || secretKey == null)) {
      throw new ConnectorException("Table " + tableName + " uses 'BASIC' credentials and needs options"
          + " 'aws.credentials.basic.accesskeyid' and 'aws.credentials.basic.secretkey'");
    }
    return new KinesisClientSettings(tableName, stream, region, endpoint == null ? null
        : endpoint(tableName, endpoint), credentials, accessKeyId, secretKey,
        options.get(KinesisOptions.AWS_PROFILE_NAME), options.get(KinesisOptions.AWS_PROFILE_PATH));
  }

  private static URI endpoint(String tableName, String text) {
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(text, "no scheme or host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConnectorException("Invalid value '" + text + "' of option 'aws.endpoint' of table "
          + tableName + ": expected a URL such as 'https://kinesis.us-east-1.amazonaws.com'");
    }
  }

  /** A new asynchronous client; the caller closes it. */
  KinesisAsyncClient createClient() {
    KinesisAsyncClientBuilder builder = KinesisAsyncClient.builder()
        .credentialsProvider(credentialsProvider())
        .httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(SharedEventLoop.GROUP))
        .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT));
    if (region != null) {
      builder.region(Region.of(region));
    }
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    try {
      return builder.build();
    } catch (RuntimeException e) {
      throw new ConnectorException("Cannot create a Kinesis client for table " + tableName + ": "
          + KinesisErrors.firstLine(e.getMessage()) + ". Hint: set option 'aws.region'");
    }
  }

  private AwsCredentialsProvider credentialsProvider() {
    return switch (credentials) {
      case BASIC -> StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey));
      case ENV_VAR -> EnvironmentVariableCredentialsProvider.create();
      case SYS_PROP -> SystemPropertyCredentialsProvider.create();
      case PROFILE -> {
        ProfileCredentialsProvider.Builder profile = ProfileCredentialsProvider.builder();
        if (profileName != null) {
          profile.profileName(profileName);
        }
        if (profilePath != null) {
          profile.profileFile(ProfileFile.builder().content(Path.of(profilePath))
              .type(ProfileFile.Type.CREDENTIALS).build());
        }
        yield profile.build();
      }
      default -> DefaultCredentialsProvider.builder().build();
    };
  }

  /** The same region, endpoint and credentials for another stream (a dead-letter stream). */
  KinesisClientSettings withStream(StreamReference other) {
    return new KinesisClientSettings(tableName, other, region, endpoint, credentials, accessKeyId, secretKey,
        profileName, profilePath);
  }

  /** Where the stream is, for messages. */
  String location() {
    return stream.describe() + (region == null ? "" : " in region " + region)
        + (endpoint == null ? "" : " at " + endpoint);
  }

  @Override
  public String toString() {
    return "KinesisClientSettings[" + location() + ", credentials " + credentials
        + (accessKeyId == null ? "" : " " + accessKeyId) + "]";
  }
}
