package io.eddy.connectors.raw;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.nio.charset.Charset;
import java.util.List;

/** The options of the {@code raw} format, with Flink's keys (prefixed) and defaults. */
public final class RawFormatOptions {

  /** Byte order of numeric values. */
  public enum Endianness {
    BIG_ENDIAN("big-endian"), LITTLE_ENDIAN("little-endian");

    private final String text;

    Endianness(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  public static final ConfigOption<String> CHARSET = ConfigOptions.key("raw.charset")
      .stringType().defaultValue("UTF-8")
      .withCheck(RawFormatOptions::isCharset, "a character set name such as 'UTF-8'")
      .withDescription("Character set of text values.");

  public static final ConfigOption<Endianness> ENDIANNESS = ConfigOptions.key("raw.endianness")
      .enumType(Endianness.class).defaultValue(Endianness.BIG_ENDIAN)
      .withDescription("Byte order of numeric values: 'big-endian' or 'little-endian'.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(CHARSET, ENDIANNESS);

  private RawFormatOptions() {}

  private static boolean isCharset(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
