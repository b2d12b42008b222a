package io.eddy.benchmarks.nexmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JVM option asking for transparent huge pages where Linux offers them, as {@code bin/eddy} adds it,
 * so that measured runs start the way Eddy does. Linux offers them when its setting is {@code [madvise]}
 * (on request) or {@code [always]}; elsewhere the option is unknown, and none is added.
 */
final class TransparentHugePages {

    static final String OPTION = "-XX:+UseTransparentHugePages";
    private static final Path SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private TransparentHugePages() {
    }

    /** The option, or nothing when this system does not offer huge pages. */
    static List<String> jvmOptions() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") || !Files.isReadable(SETTING)) {
            return List.of();
        }
        try {
            return offered(Files.readString(SETTING)) ? List.of(OPTION) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the setting's text (e.g. {@code always [madvise] never}) has madvise or always selected. */
    static boolean offered(String setting) {
        return setting.contains("[madvise]") || setting.contains("[always]");
    }
}
