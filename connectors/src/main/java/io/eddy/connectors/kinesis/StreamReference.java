package io.eddy.connectors.kinesis;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ConnectorException;

/**
 * The stream a table reads or writes, by name ({@code stream}) or by ARN ({@code stream.arn});
 * exactly one is set, and requests carry whichever it is.
 *
 * @param name the stream name, or null
 * @param arn the stream ARN, or null
 */
record StreamReference(String name, String arn) {

  StreamReference {
    if ((name == null) == (arn == null)) {
      throw new IllegalArgumentException("give a stream name or an ARN, not " + name + " and " + arn);
    }
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
