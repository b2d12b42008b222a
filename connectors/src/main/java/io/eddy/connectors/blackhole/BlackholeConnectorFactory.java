package io.eddy.connectors.blackhole;

import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.runtime.sink.Sink;

/** {@code 'connector' = 'blackhole'}: a sink that discards rows. */
public final class BlackholeConnectorFactory implements ConnectorFactory {

    @Override
    public String identifier() {
        return "blackhole";
    }

    @Override
    public boolean supportsSink() {
        return true;
    }

    @Override
    public boolean sinkAcceptsUpdates() {
        return true;
    }

    /** Rows are discarded, so nothing upstream needs to emit {@code -U} for it (as Flink's blackhole). */
    @Override
    public boolean sinkReadsUpdateBefore() {
        return false;
    }

    @Override
    public Sink<?> createSink(SinkRequest request) {
        return new BlackholeSink();
    }
}
