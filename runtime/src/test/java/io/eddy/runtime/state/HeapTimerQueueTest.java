package io.eddy.runtime.state;

class HeapTimerQueueTest extends TimerQueueContract {

    @Override
    protected KeyedStateBackend backend(int parallelism, int subtask) {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
    }
}
