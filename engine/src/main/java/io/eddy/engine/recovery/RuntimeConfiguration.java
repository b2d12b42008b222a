package io.eddy.engine.recovery;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.engine.config.SessionOptions;
import io.eddy.runtime.config.Configuration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime configuration of a job from a session's options. The runtime reads Flink's current
 * keys; a value the session set under an older Flink key (a fallback key of
 * {@link SessionOptions}, such as {@code state.checkpoints.dir}) is passed on under the current
 * key unless that is set too.
 */
public final class RuntimeConfiguration {

    private RuntimeConfiguration() {
    }

    public static Configuration of(Map<String, String> session) {
        Map<String, String> values = new TreeMap<>(session);
        for (ConfigOption<?> option : SessionOptions.ALL) {
            if (values.containsKey(option.key())) {
                continue;
            }
            option.fallbackKeys().stream().filter(values::containsKey).findFirst()
                    .ifPresent(fallback -> values.put(option.key(), values.get(fallback)));
        }
        return Configuration.fromMap(values);
    }
}
