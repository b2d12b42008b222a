package io.eddy.runtime.graph;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;

/**
 * A source vertex's source and how it derives watermarks per split.
 *
 * @param source the connector's source
 * @param watermarkStrategy the per-split watermark generation
 */
public record SourceSpec(Source<?> source, WatermarkStrategy watermarkStrategy) {
    public SourceSpec {
        requireNonNull(source, "source is null");
        requireNonNull(watermarkStrategy, "watermarkStrategy is null");
    }
}
