package io.eddy.connectors.kinesis;

import io.eddy.connectors.spi.ConnectorException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

/**
 * Turns failures of Kinesis calls into one-line messages saying what to fix: an unknown stream, an
 * endpoint or region that cannot be reached, credentials that are missing or refused. All the
 * connector's user-facing error texts about the service live here.
 */
final class KinesisErrors {

  private static final Set<String> CREDENTIAL_CODES = Set.of("UnrecognizedClientException",
      "InvalidSignatureException", "IncompleteSignature", "MissingAuthenticationToken",
      "AccessDeniedException", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch");

  private KinesisErrors() {}

  /** The failure of {@code action} (e.g. "list the shards") for the table, as a one-line error. */
  static ConnectorException of(KinesisClientSettings settings, String action, Throwable failure) {
    Throwable cause = unwrap(failure);
    String table = "table " + settings.tableName();
    if (cause instanceof ResourceNotFoundException) {
      return new ConnectorException("Kinesis " + settings.location() + " of " + table
          + " does not exist. Hint: create it, or check option '"
          + settings.stream().optionKey() + "' and 'aws.region'");
    }
    if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null
        && (CREDENTIAL_CODES.contains(service.awsErrorDetails().errorCode())
            || service.statusCode() == 403)) {
      return new ConnectorException("Kinesis refused the credentials of " + table + " ("
          + service.awsErrorDetails().errorCode() + ") when trying to " + action
          + ". Hint: check 'aws.credentials.provider' and its keys");
    }
    if (cause instanceof SdkClientException client && unreachable(client)) {
      return new ConnectorException("Cannot reach Kinesis for " + table + " at "
          + (settings.endpoint() != null ? settings.endpoint() : "the endpoint of region " + settings.region())
          + " to " + action + ": " + firstLine(rootMessage(client))
          + ". Hint: check options 'aws.endpoint' and 'aws.region'");
    }
    if (cause instanceof SdkClientException client && firstLine(client.getMessage()).contains("credentials")) {
      return new ConnectorException("No AWS credentials for " + table + ": "
          + firstLine(client.getMessage()) + ". Hint: set 'aws.credentials.provider' = 'BASIC' with"
          + " 'aws.credentials.basic.accesskeyid' and 'aws.credentials.basic.secretkey'");
    }
    return new ConnectorException("Kinesis could not " + action + " of " + settings.location() + " for "
        + table + ": " + firstLine(cause.getMessage()));
  }

  /**
   * Whether a call failed before Kinesis answered it, for a reason that may pass: a connection that
   * could not be acquired or was lost, a timeout. Missing credentials are not such a failure.
   */
  static boolean transientClientFailure(Throwable cause) {
    return cause instanceof SdkClientException client
        && !firstLine(client.getMessage()).contains("credentials");
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof ClosedChannelException) {
        return true;
      }
    }
    String message = failure.getMessage();
    return message != null && (message.contains("Unable to execute HTTP request")
        || message.contains("Connection refused"));
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** The first line of a message, without the SDK's request ids. */
  static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    String line = message.lines().findFirst().orElse("").trim();
    int details = line.indexOf(" (Service: ");
    return details > 0 ? line.substring(0, details) : line;
  }
}
