package io.eddy.connectors.spi;

/**
 * A record a source could not decode, with its provenance (file and line, topic, partition and
 * offset) in the message. Engines report it as a data error, not a failure of the engine.
 */
public final class MalformedRecordException extends ConnectorException {

    public MalformedRecordException(String message) {
        super(message);
    }
}
