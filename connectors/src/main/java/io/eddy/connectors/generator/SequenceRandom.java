package io.eddy.connectors.generator;

/**
 * A small reseedable random generator (SplitMix64) so that each generated row or event draws from
 * its own sequence without allocating one: {@link #reseed(long, long)} before generating number n.
 * Values depend only on the seed and n, which makes generated rows reproducible after a restore.
 */
public final class SequenceRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Starts the sequence of the event with id {@code eventId} under {@code seed}. */
    public void reseed(long seed, long eventId) {
        state = mix(seed * GOLDEN_GAMMA + mix(eventId + GOLDEN_GAMMA));
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A value in {@code [0, bound)}. */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** A value in {@code [0, bound)} for bounds beyond int range too. */
    public long nextLong(long bound) {
        return bound < Integer.MAX_VALUE ? nextInt((int) bound) : Math.floorMod(nextLong(), bound);
    }

    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
