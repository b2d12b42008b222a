package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ConnectorException;

/**
 * A stream a table reads or writes, by name ({@code stream}) or by ARN ({@code stream.arn}), or its
 * dead-letter stream ({@code dead-letter.stream} or {@code dead-letter.stream.arn}); exactly one of
 * name and ARN is set, and requests carry whichever it is.
 *
 * @param name the stream name, or null
 * @param arn the stream ARN, or null
 * @param optionPrefix the prefix of the options naming it: empty, or {@code dead-letter.}
 */
record StreamReference(String name, String arn, String optionPrefix) {

  static final String DEAD_LETTER_PREFIX = "dead-letter.";

  StreamReference {
    if ((name == null) == (arn == null)) {
      throw new IllegalArgumentException("give a stream name or an ARN, not " + name + " and " + arn);
    }
    requireNonNull(optionPrefix, "optionPrefix is null");
  }

  StreamReference(String name, String arn) {
    this(name, arn, "");
  }

  static StreamReference of(String tableName, OptionValues options) {
    String name = options.get(KinesisOptions.STREAM);
    String arn = options.get(KinesisOptions.STREAM_ARN);
    if ((name == null) == (arn == null)) {
      throw new ConnectorException("Table " + tableName + " needs exactly one of options 'stream' and"
          + " 'stream.arn'");
    }
    return new StreamReference(name, arn);
  }

  /** The dead-letter stream of a table's options, or null when it has none. */
  static StreamReference deadLetter(String tableName, OptionValues options) {
    String name = text(options, KinesisOptions.DEAD_LETTER_STREAM);
    String arn = text(options, KinesisOptions.DEAD_LETTER_STREAM_ARN);
    if (name == null && arn == null) {
      return null;
    }
    if (name != null && arn != null) {
      throw new ConnectorException("Table " + tableName + " takes one of options 'dead-letter.stream' and"
          + " 'dead-letter.stream.arn', not both");
    }
    return new StreamReference(name, arn, DEAD_LETTER_PREFIX);
  }

  private static String text(OptionValues options, ConfigOption<String> option) {
    String value = options.get(option);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The option naming this stream, e.g. {@code stream} or {@code dead-letter.stream.arn}. */
  String optionKey() {
    return optionPrefix + (name != null ? "stream" : "stream.arn");
  }

  /** What the stream is to its table, for messages: {@code stream 'bids'}, {@code dead-letter stream 'bad'}. */
  String describe() {
    return (optionPrefix.isEmpty() ? "" : "dead-letter ") + "stream '" + this + "'";
  }

  /** The region of the ARN ({@code arn:aws:kinesis:REGION:ACCOUNT:stream/NAME}), or null. */
  String arnRegion() {
    if (arn == null) {
      return null;
    }
    String[] parts = arn.split(":");
    return parts.length >= 6 && !parts[3].isEmpty() ? parts[3] : null;
  }

  @Override
  public String toString() {
    return name != null ? name : arn;
  }
}
