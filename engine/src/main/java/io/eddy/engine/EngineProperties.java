package io.eddy.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The connection properties the embedded engine reads (from the URL
 * {@code jdbc:eddy:?key=value&...} or the {@code Properties} given to the driver):
 *
 * <table>
 *   <caption>Connection properties</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code engine}</td><td>{@code embedded}</td><td>the engine provider (read by the
 *       driver)</td></tr>
 *   <tr><td>{@value #CATALOG_DIRECTORY}</td><td>none</td><td>when set, {@code default_catalog} is a
 *       file catalog kept in this directory, so its databases, tables, views and functions survive
 *       restarts; otherwise it lives in memory and ends with the engine</td></tr>
 *   <tr><td>{@value #CONFIGURATION_PREFIX}{@code <key>}</td><td>none</td><td>the initial value of
 *       the session option {@code <key>} in every session, as if the session began with
 *       {@code SET '<key>' = '<value>'}; {@code RESET} returns to it</td></tr>
 * </table>
 *
 * Other properties are ignored, so clients may pass their own.
 *
 * @param catalogDirectory where {@code default_catalog} is stored, if it is persistent
 * @param sessionDefaults the initial session options
 */
public record EngineProperties(Optional<Path> catalogDirectory, Map<String, String> sessionDefaults) {

    /** The property naming the directory of the persistent {@code default_catalog}. */
    public static final String CATALOG_DIRECTORY = "catalog.dir";
    /** The prefix of properties that give session options their initial values. */
    public static final String CONFIGURATION_PREFIX = "set.";

    public EngineProperties {
        requireNonNull(catalogDirectory, "catalogDirectory is null");
        sessionDefaults = Map.copyOf(requireNonNull(sessionDefaults, "sessionDefaults is null"));
    }

    /** Reads the properties the engine knows from a connection's properties. */
    public static EngineProperties from(Map<String, String> properties) {
        requireNonNull(properties, "properties is null");
        String directory = properties.get(CATALOG_DIRECTORY);
        Map<String, String> defaults = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(CONFIGURATION_PREFIX) && key.length() > CONFIGURATION_PREFIX.length()) {
                defaults.put(key.substring(CONFIGURATION_PREFIX.length()), value);
            }
        });
        return new EngineProperties(
                directory == null || directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory)),
                defaults);
    }
}
