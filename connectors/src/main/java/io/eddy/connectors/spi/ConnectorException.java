package io.eddy.connectors.spi;

/**
 * A connector cannot be built or cannot go on: an unknown connector, a path that does not exist, a
 * malformed record. The message is one line meant for the user.
 */
public class ConnectorException extends RuntimeException {

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
