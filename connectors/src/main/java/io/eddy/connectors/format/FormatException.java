package io.eddy.connectors.format;

/**
 * A record that a format cannot decode or a row it cannot encode. The message is the reason only
 * (one line); the connector adds where the record came from (file and line, topic/partition/offset).
 */
public class FormatException extends RuntimeException {

    public FormatException(String reason) {
        super(reason);
    }

    public FormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
