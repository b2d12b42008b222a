package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;

/**
 * Time-to-live of state entries, with {@code table.exec.state.ttl} semantics: an entry expires a
 * fixed time after it was last written (created or updated; reads do not extend it), expired entries
 * are never returned, and they are removed lazily on access and when a snapshot is taken.
 *
 * @param timeToLive how long an entry lives after its last write; {@link Duration#ZERO} disables TTL
 */
public record StateTtl(Duration timeToLive) {

    /** State that never expires. */
    public static final StateTtl DISABLED = new StateTtl(Duration.ZERO);

    public StateTtl {
        requireNonNull(timeToLive, "timeToLive is null");
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("state TTL must not be negative: " + timeToLive);
        }
    }

    public static StateTtl of(Duration timeToLive) {
        return new StateTtl(timeToLive);
    }

    /** The TTL configured by {@code table.exec.state.ttl} (disabled by default). */
    public static StateTtl fromConfiguration(Configuration configuration) {
        return new StateTtl(configuration.get(RuntimeOptions.STATE_TTL));
    }

    public boolean isEnabled() {
        return !timeToLive.isZero();
    }

    public long millis() {
        return timeToLive.toMillis();
    }
}
