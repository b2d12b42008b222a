package io.eddy.connectors.print;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.runtime.sink.Sink;

/** {@code 'connector' = 'print'}: a sink printing rows to standard output ({@code standard-error}: standard error). */
public final class PrintConnectorFactory implements ConnectorFactory {

    @Override
    public String identifier() {
        return "print";
    }

    @Override
    public boolean supportsSink() {
        return true;
    }

    @Override
    public boolean sinkAcceptsUpdates() {
        return true;
    }

    @Override
    public Sink<?> createSink(SinkRequest request) {
        OptionValues options = request.optionValues();
        boolean standardError = options.get(PrintOptions.STANDARD_ERROR);
        return new PrintSink(options.get(PrintOptions.PRINT_IDENTIFIER), standardError ? () -> System.err : () -> System.out);
    }
}
