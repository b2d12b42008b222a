package io.eddy.runtime.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the watermarks of several inputs (source splits, exchange channels) into one, by minimum.
 *
 * <ul>
 *   <li>Idle inputs are left out of the minimum; when every open input is idle the output is idle.</li>
 *   <li>An input that becomes active again rejoins the minimum only once its watermark has caught up
 *       with the last merged watermark, so the output never moves backwards.</li>
 *   <li>An ended input no longer holds the minimum back; when all inputs ended the output is
 *       {@code Long.MAX_VALUE}.</li>
 * </ul>
 * Inputs can be added at any time (a new split) and start aligned at the current output. Single-threaded.
 */
public final class WatermarkValve {

    private static final class Input {
        long watermark = Long.MIN_VALUE;
        boolean idle;
        boolean ended;
        boolean aligned = true;
    }

    private final List<Input> inputs = new ArrayList<>();
    private long output = Long.MIN_VALUE;
    private boolean outputIdle;

    public WatermarkValve() {
    }

    public WatermarkValve(int inputCount) {
        for (int i = 0; i < inputCount; i++) {
            addInput();
        }
    }

    /** Adds an input and returns its index. */
    public int addInput() {
        Input input = new Input();
        input.watermark = output;
        inputs.add(input);
        return inputs.size() - 1;
    }

    /** Records a watermark of one input; returns true when the merged watermark advanced. */
    public boolean onWatermark(int index, long watermark) {
        Input input = inputs.get(index);
        if (input.ended || watermark <= input.watermark) {
            return false;
        }
        input.watermark = watermark;
        if (!input.aligned && !input.idle && watermark >= output) {
            input.aligned = true;
        }
        return recompute();
    }

    /** Marks one input idle or active; returns true when the merged idleness changed. */
    public boolean onStatus(int index, boolean idle) {
        Input input = inputs.get(index);
        if (input.ended || input.idle == idle) {
            return false;
        }
        input.idle = idle;
        if (idle) {
            input.aligned = false;
        } else {
            input.aligned = input.watermark >= output;
        }
        boolean wasIdle = outputIdle;
        recompute();
        return wasIdle != outputIdle;
    }

    /** Marks one input ended; returns true when the merged watermark advanced. */
    public boolean onEnd(int index) {
        Input input = inputs.get(index);
        if (input.ended) {
            return false;
        }
        input.ended = true;
        input.watermark = Long.MAX_VALUE;
        return recompute();
    }

    private boolean recompute() {
        long minimum = Long.MAX_VALUE;
        boolean anyAligned = false;
        boolean allClosedOrIdle = true;
        boolean allEnded = true;
        for (Input input : inputs) {
            if (input.ended) {
                continue;
            }
            allEnded = false;
            if (!input.idle) {
                allClosedOrIdle = false;
                if (input.aligned) {
                    anyAligned = true;
                    minimum = Math.min(minimum, input.watermark);
                }
            }
        }
        outputIdle = !allEnded && allClosedOrIdle;
        if (allEnded && !inputs.isEmpty()) {
            minimum = Long.MAX_VALUE;
            anyAligned = true;
        }
        if (anyAligned && minimum > output) {
            output = minimum;
            for (Input input : inputs) {
                if (!input.aligned && !input.idle && input.watermark >= output) {
                    input.aligned = true;
                }
            }
            return true;
        }
        return false;
    }

    /** The last watermark of one input. */
    public long inputWatermark(int index) {
        return inputs.get(index).watermark;
    }

    public boolean isInputIdle(int index) {
        return inputs.get(index).idle;
    }

    /**
     * Restores a snapshot: the merged watermark and each input's last watermark and idleness; inputs
     * behind the merged watermark rejoin the minimum once they catch up.
     */
    public void restore(long mergedWatermark, List<Long> inputWatermarks, List<Boolean> idle) {
        if (inputWatermarks.size() != inputs.size() || idle.size() != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " inputs, got " + inputWatermarks.size());
        }
        output = mergedWatermark;
        boolean allIdle = true;
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            input.watermark = inputWatermarks.get(i);
            input.idle = idle.get(i);
            input.ended = false;
            input.aligned = !input.idle && input.watermark >= mergedWatermark;
            allIdle &= input.idle;
        }
        outputIdle = allIdle && !inputs.isEmpty();
    }

    /** The merged watermark, {@code Long.MIN_VALUE} before any. */
    public long currentWatermark() {
        return output;
    }

    /** True when every open input is idle. */
    public boolean isIdle() {
        return outputIdle;
    }

    /** True when every input ended (false when there are none). */
    public boolean allEnded() {
        if (inputs.isEmpty()) {
            return false;
        }
        for (Input input : inputs) {
            if (!input.ended) {
                return false;
            }
        }
        return true;
    }

    public int inputCount() {
        return inputs.size();
    }
}
