package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.TwoInputOperator;

/** Task heads that feed exchange input into the first operator of a chain. */
final class OperatorHeads {

    private OperatorHeads() {
    }

    /** One input gate into a one-input operator. */
    static TaskHead oneInput(InputGate gate, OneInputOperator operator, OperatorMetrics metrics) {
        InputGate.Handler handler = new InputGate.Handler() {
            @Override
            public void record(Row row) throws Exception {
                metrics.recordsIn().increment();
                operator.processElement(row);
            }

            @Override
            public void watermark(long watermark) throws Exception {
                metrics.currentWatermark().set(watermark);
                operator.processWatermark(watermark);
            }

            @Override
            public void status(boolean idle) throws Exception {
                operator.processWatermarkStatus(idle);
            }
        };
        return new TaskHead() {
            @Override
            public void start() {
            }

            @Override
            public int poll() throws Exception {
                return gate.poll(handler);
            }

            @Override
            public boolean isFinished() {
                return gate.isFinished();
            }
        };
    }

    /** Two input gates into a two-input operator, read alternately. Idleness of one input is not yet modelled. */
    static TaskHead twoInput(InputGate first, InputGate second, TwoInputOperator operator, OperatorMetrics metrics) {
        InputGate.Handler handler1 = handler(operator, metrics, 1);
        InputGate.Handler handler2 = handler(operator, metrics, 2);
        return new TaskHead() {
            private boolean ended1;
            private boolean ended2;

            @Override
            public void start() {
            }

            @Override
            public int poll() throws Exception {
                int work = first.poll(handler1) + second.poll(handler2);
                if (!ended1 && first.isFinished()) {
                    ended1 = true;
                    operator.endInput(1);
                }
                if (!ended2 && second.isFinished()) {
                    ended2 = true;
                    operator.endInput(2);
                }
                return work;
            }

            @Override
            public boolean isFinished() {
                return ended1 && ended2;
            }
        };
    }

    private static InputGate.Handler handler(TwoInputOperator operator, OperatorMetrics metrics, int input) {
        return new InputGate.Handler() {
            @Override
            public void record(Row row) throws Exception {
                metrics.recordsIn().increment();
                if (input == 1) {
                    operator.processElement1(row);
                } else {
                    operator.processElement2(row);
                }
            }

            @Override
            public void watermark(long watermark) throws Exception {
                if (input == 1) {
                    operator.processWatermark1(watermark);
                } else {
                    operator.processWatermark2(watermark);
                }
            }

            @Override
            public void status(boolean idle) {
            }
        };
    }
}
