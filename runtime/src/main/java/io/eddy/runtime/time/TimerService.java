package io.eddy.runtime.time;

/**
 * Timers of one keyed operator subtask. Timers belong to the current key and a namespace (for
 * example a window's end; use 0 when there is none); registering the same (key, namespace, time)
 * twice keeps one timer. Event-time timers fire when the watermark reaches their time, processing-time
 * timers when the clock does, in time order (ties in registration order), with their key set as current.
 * Timers are part of the operator's snapshot.
 */
public interface TimerService {

    long currentProcessingTime();

    /** The operator's current event time: the last watermark it received, {@code Long.MIN_VALUE} before any. */
    long currentWatermark();

    void registerEventTimeTimer(long namespace, long time);

    void registerProcessingTimeTimer(long namespace, long time);

    void deleteEventTimeTimer(long namespace, long time);

    void deleteProcessingTimeTimer(long namespace, long time);
}
