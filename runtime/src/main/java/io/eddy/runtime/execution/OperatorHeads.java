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

            @Override
            public long alignedCheckpoint() {
                return gate.alignedBarrier();
            }

            @Override
            public void resumeAfterCheckpoint() {
                gate.unblock();
            }
        };
    }

    /** Two input gates into a two-input operator, read alternately. */
    static TaskHead twoInput(InputGate first, InputGate second, TwoInputOperator operator, OperatorMetrics metrics) {
        long[] inputWatermarks = {Long.MIN_VALUE, Long.MIN_VALUE};
        InputGate.Handler handler1 = handler(operator, metrics, 1, inputWatermarks);
        InputGate.Handler handler2 = handler(operator, metrics, 2, inputWatermarks);
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

            @Override
            public long alignedCheckpoint() {
                long first1 = first.alignedBarrier();
                long second2 = second.alignedBarrier();
                boolean firstReady = first1 >= 0 || (first.isFinished() && second2 >= 0);
                boolean secondReady = second2 >= 0 || (second.isFinished() && first1 >= 0);
                return firstReady && secondReady ? Math.max(first1, second2) : -1;
            }

            @Override
            public void resumeAfterCheckpoint() {
                first.unblock();
                second.unblock();
            }
        };
    }

    private static InputGate.Handler handler(TwoInputOperator operator, OperatorMetrics metrics, int input, long[] inputWatermarks) {
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
                inputWatermarks[input - 1] = watermark;
                metrics.currentWatermark().set(Math.min(inputWatermarks[0], inputWatermarks[1]));
                if (input == 1) {
                    operator.processWatermark1(watermark);
                } else {
                    operator.processWatermark2(watermark);
                }
            }

            @Override
            public void status(boolean idle) throws Exception {
                if (input == 1) {
                    operator.processWatermarkStatus1(idle);
                } else {
                    operator.processWatermarkStatus2(idle);
                }
            }
        };
    }
}
