package io.eddy.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatermarkValveTest {

    @Test
    void mergesByMinimum() {
        WatermarkValve valve = new WatermarkValve(2);
        assertThat(valve.onWatermark(0, 10)).isFalse();
        assertThat(valve.onWatermark(1, 5)).isTrue();
        assertThat(valve.currentWatermark()).isEqualTo(5);
        assertThat(valve.onWatermark(1, 20)).isTrue();
        assertThat(valve.currentWatermark()).isEqualTo(10);
        assertThat(valve.onWatermark(1, 15)).as("an input's watermark never goes back").isFalse();
    }

    @Test
    void idleInputsAreLeftOutAndRejoinWithoutMovingBackwards() {
        WatermarkValve valve = new WatermarkValve(2);
        valve.onWatermark(0, 100);
        valve.onWatermark(1, 10);
        assertThat(valve.currentWatermark()).isEqualTo(10);
        assertThat(valve.onStatus(1, true)).as("not all inputs idle").isFalse();
        assertThat(valve.currentWatermark()).isEqualTo(100);
        valve.onWatermark(0, 200);
        assertThat(valve.currentWatermark()).isEqualTo(200);
        valve.onStatus(1, false);
        valve.onWatermark(1, 150);
        assertThat(valve.currentWatermark()).as("a resumed input behind the output does not pull it back").isEqualTo(200);
        valve.onWatermark(0, 300);
        assertThat(valve.currentWatermark()).as("the resumed input is not aligned yet").isEqualTo(300);
        valve.onWatermark(1, 250);
        valve.onWatermark(0, 400);
        assertThat(valve.currentWatermark()).as("still behind: left out").isEqualTo(400);
        valve.onWatermark(1, 450);
        valve.onWatermark(0, 500);
        assertThat(valve.currentWatermark()).as("caught up: holds the minimum again").isEqualTo(450);
    }

    @Test
    void allIdleMakesTheOutputIdle() {
        WatermarkValve valve = new WatermarkValve(2);
        assertThat(valve.onStatus(0, true)).isFalse();
        assertThat(valve.onStatus(1, true)).isTrue();
        assertThat(valve.isIdle()).isTrue();
        assertThat(valve.onStatus(0, false)).isTrue();
        assertThat(valve.isIdle()).isFalse();
    }

    @Test
    void endedInputsReleaseTheMinimumAndAllEndedGivesMax() {
        WatermarkValve valve = new WatermarkValve(2);
        valve.onWatermark(0, 10);
        valve.onWatermark(1, 20);
        assertThat(valve.onEnd(0)).isTrue();
        assertThat(valve.currentWatermark()).isEqualTo(20);
        assertThat(valve.onEnd(1)).isTrue();
        assertThat(valve.currentWatermark()).isEqualTo(Long.MAX_VALUE);
        assertThat(valve.allEnded()).isTrue();
    }

    @Test
    void newInputsStartAtTheCurrentOutput() {
        WatermarkValve valve = new WatermarkValve(1);
        valve.onWatermark(0, 50);
        int added = valve.addInput();
        valve.onWatermark(0, 60);
        assertThat(valve.currentWatermark()).isEqualTo(50);
        valve.onWatermark(added, 55);
        assertThat(valve.currentWatermark()).isEqualTo(55);
    }
}
