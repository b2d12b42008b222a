package io.eddy.runtime.harness;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.TwoInputOperator;

/** Drives one {@link TwoInputOperator} by hand; see {@link AbstractOperatorHarness} for snapshots and restores. */
public final class TwoInputOperatorHarness extends AbstractOperatorHarness<TwoInputOperator, TwoInputOperatorHarness> {

    public TwoInputOperatorHarness(OperatorFactory factory) {
        super(factory, TwoInputOperator.class);
    }

    public TwoInputOperatorHarness processElement1(Row row) throws Exception {
        countRecordIn();
        Row handedOver = handOver(row);
        operator().processElement1(handedOver);
        takeBack(handedOver);
        return afterInput();
    }

    public TwoInputOperatorHarness processElement2(Row row) throws Exception {
        countRecordIn();
        Row handedOver = handOver(row);
        operator().processElement2(handedOver);
        takeBack(handedOver);
        return afterInput();
    }

    /** Parses and processes rows of the given schema on input 1. */
    public TwoInputOperatorHarness processElements1(RowSchema schema, String... rows) throws Exception {
        for (Row row : Rows.parseAll(schema, rows)) {
            processElement1(row);
        }
        return this;
    }

    /** Parses and processes rows of the given schema on input 2. */
    public TwoInputOperatorHarness processElements2(RowSchema schema, String... rows) throws Exception {
        for (Row row : Rows.parseAll(schema, rows)) {
            processElement2(row);
        }
        return this;
    }

    public TwoInputOperatorHarness processWatermark1(long watermark) throws Exception {
        operator().processWatermark1(watermark);
        return afterInput();
    }

    public TwoInputOperatorHarness processWatermark2(long watermark) throws Exception {
        operator().processWatermark2(watermark);
        return afterInput();
    }

    public TwoInputOperatorHarness processWatermarkStatus1(boolean idle) throws Exception {
        operator().processWatermarkStatus1(idle);
        return afterInput();
    }

    public TwoInputOperatorHarness processWatermarkStatus2(boolean idle) throws Exception {
        operator().processWatermarkStatus2(idle);
        return afterInput();
    }

    /** The end of both inputs: their final watermarks, {@code endInput(1)}, {@code endInput(2)}, then {@code finish()}. */
    public TwoInputOperatorHarness endInput() throws Exception {
        operator().processWatermark1(Long.MAX_VALUE);
        operator().processWatermark2(Long.MAX_VALUE);
        operator().endInput(1);
        operator().endInput(2);
        operator().finish();
        return this;
    }
}
