package io.eddy.runtime.harness;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;

/**
 * Drives one {@link OneInputOperator} by hand: records, watermarks, idleness and processing time go in;
 * emitted records and watermarks are collected in order. {@link #snapshotAndRestore()} moves the state
 * into a FRESH instance from the factory; in {@linkplain #adversarial() adversarial mode} that happens
 * after every input, so an operator that forgets state in its snapshot produces different output (use
 * {@link OperatorTestSupport#assertSameOutputWithRestores}).
 */
public final class OneInputOperatorHarness extends AbstractOperatorHarness<OneInputOperator, OneInputOperatorHarness> {

    public OneInputOperatorHarness(OperatorFactory factory) {
        super(factory, OneInputOperator.class);
    }

    public OneInputOperatorHarness processElement(Row row) throws Exception {
        countRecordIn();
        Row handedOver = handOver(row);
        operator().processElement(handedOver);
        takeBack(handedOver);
        return afterInput();
    }

    /** Parses and processes rows such as {@code +I[1, a]} of the given schema. */
    public OneInputOperatorHarness processElements(RowSchema schema, String... rows) throws Exception {
        for (Row row : Rows.parseAll(schema, rows)) {
            processElement(row);
        }
        return this;
    }

    public OneInputOperatorHarness processWatermark(long watermark) throws Exception {
        recordWatermark(watermark);
        operator().processWatermark(watermark);
        return afterInput();
    }

    public OneInputOperatorHarness processWatermarkStatus(boolean idle) throws Exception {
        operator().processWatermarkStatus(idle);
        return afterInput();
    }

    /** The end of input: the final {@code Long.MAX_VALUE} watermark, then {@code finish()}. */
    public OneInputOperatorHarness endInput() throws Exception {
        operator().processWatermark(Long.MAX_VALUE);
        operator().finish();
        return this;
    }
}
