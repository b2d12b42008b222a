package io.eddy.jdbc;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A parsed {@code jdbc:eddy:} URL.
 *
 * <p>Forms:
 * <ul>
 *   <li>{@code jdbc:eddy:} — the embedded engine with default properties;</li>
 *   <li>{@code jdbc:eddy:?key=value&key2=value2} — properties in the URL, each key and value
 *       URL-encoded (UTF-8), for example {@code jdbc:eddy:?catalog.dir=/data/catalog&engine=embedded};</li>
 *   <li>{@code jdbc:eddy://host:port} — reserved for a future remote server; rejected for now.</li>
 * </ul>
 * Properties passed to {@code DriverManager.getConnection(url, properties)} are merged in; the
 * URL wins when a key is in both. Error messages never repeat property values (they may be secrets).
 *
 * @param properties every connection property, URL and {@code Properties} merged
 */
public record ConnectionUrl(Map<String, String> properties) {

    /** The URL prefix this driver accepts. */
    public static final String PREFIX = "jdbc:eddy:";
    /** The property naming the engine provider. */
    public static final String ENGINE_PROPERTY = "engine";

    public ConnectionUrl {
        properties = Map.copyOf(requireNonNull(properties, "properties is null"));
    }

    /** Whether the driver is responsible for this URL (both embedded and remote forms). */
    public static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /** Parses a URL, merging {@code info} (which may be null) under the URL's own properties. */
    public static ConnectionUrl parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw new SQLException("Not an Eddy URL (expected jdbc:eddy:...)", "08001");
        }
        String rest = url.substring(PREFIX.length());
        if (rest.startsWith("//")) {
            throw new SQLFeatureNotSupportedException(
                    "Remote Eddy servers (" + withoutProperties(url)
                            + ") are not supported yet; use jdbc:eddy: for the embedded engine",
                    "0A000");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                properties.put(name, info.getProperty(name));
            }
        }
        if (!rest.isEmpty()) {
            if (!rest.startsWith("?")) {
                throw new SQLException("Malformed Eddy URL " + withoutProperties(url)
                        + " (expected jdbc:eddy: or jdbc:eddy:?key=value&...)", "08001");
            }
            parseQuery(url, rest.substring(1), properties);
        }
        return new ConnectionUrl(properties);
    }

    private static void parseQuery(String url, String query, Map<String, String> properties)
            throws SQLException {
        if (query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                String shown = equals < 0 ? "'" + pair + "'" : "with an empty key";
                throw new SQLException("Malformed property " + shown + " in the Eddy URL (expected key=value)",
                        "08001");
            }
            try {
                properties.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw new SQLException("Malformed %-escape in the value of URL property '"
                        + pair.substring(0, equals) + "'", "08001");
            }
        }
    }

    /** The URL up to its properties, which may hold secrets and stay out of messages. */
    private static String withoutProperties(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question) + "?...";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The engine provider name ({@code embedded} unless the {@code engine} property says otherwise). */
    public String engineName() {
        return properties.getOrDefault(ENGINE_PROPERTY, io.eddy.jdbc.spi.EngineProvider.DEFAULT_ENGINE);
    }
}
