package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.Output;

/**
 * Hands records from one operator to the next in the same chain with a direct method call. A failure in
 * the next operator is tagged with that operator's name on its way up.
 */
final class ChainingOutput implements Output {

    private final OneInputOperator next;
    private final String nextTaskName;
    private final OperatorMetrics producerMetrics;
    private final OperatorMetrics nextMetrics;

    ChainingOutput(OneInputOperator next, String nextTaskName, OperatorMetrics producerMetrics, OperatorMetrics nextMetrics) {
        this.next = next;
        this.nextTaskName = nextTaskName;
        this.producerMetrics = producerMetrics;
        this.nextMetrics = nextMetrics;
    }

    @Override
    public void collect(Row row) {
        producerMetrics.recordsOut().increment();
        nextMetrics.recordsIn().increment();
        try {
            next.processElement(row);
        } catch (Exception | Error e) {
            throw OperatorException.wrap(nextTaskName, e);
        }
    }

    @Override
    public void emitWatermark(long watermark) {
        nextMetrics.currentWatermark().set(watermark);
        try {
            next.processWatermark(watermark);
        } catch (Exception | Error e) {
            throw OperatorException.wrap(nextTaskName, e);
        }
    }

    @Override
    public void emitWatermarkStatus(boolean idle) {
        try {
            next.processWatermarkStatus(idle);
        } catch (Exception | Error e) {
            throw OperatorException.wrap(nextTaskName, e);
        }
    }
}
