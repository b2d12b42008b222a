package io.eddy.connectors.format;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.runtime.data.RowSchema;

/**
 * Builds the decoders and encoders of one format ({@code 'format' = identifier()}). Found with
 * {@link java.util.ServiceLoader} through {@link FormatFactories}. Options are read with the
 * format's own keys ({@code json.ignore-parse-errors}); a connector with {@code key.}/{@code value.}
 * formats strips that prefix first.
 */
public interface FormatFactory {

    /** The value of {@code 'format'}, e.g. {@code json}. */
    String identifier();

    /** A decoder producing rows of {@code schema.producedSchema()}. */
    RecordDecoder createDecoder(ProjectedSchema schema, OptionValues options);

    /**
     * What the decoded records describe: inserts (the default) or a full changelog (CDC formats,
     * whose decoders set each row's kind in {@link RecordDecoder#decodeChanges}).
     */
    default SourceChangelogMode changelogMode() {
        return SourceChangelogMode.INSERT_ONLY;
    }

    /** An encoder of rows of {@code schema}. */
    RecordEncoder createEncoder(RowSchema schema, OptionValues options);
}
