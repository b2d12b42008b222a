package io.eddy.codegen.functions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** Flink's string functions as generated code calls them; arguments are not null. */
public final class StringFunctions {

  private StringFunctions() {
  }

  /** SUBSTRING(s FROM start [FOR length]) as Flink: 1-based, 0 means 1, negative counts back. */
  public static String substring(String value, long start, long length) {
    int size = value.length();
    long from;
    if (start > 0) {
      from = start - 1;
    } else if (start < 0) {
      from = Math.max(0, size + start);
    } else {
      from = 0;
    }
    if (from >= size || length <= 0) {
      return "";
    }
    long to = Math.min(size, from + length);
    return value.substring((int) from, (int) to);
  }

  public static String substring(String value, long start) {
    return substring(value, start, Integer.MAX_VALUE);
  }

  public static String upper(String value) {
    return value.toUpperCase(Locale.ROOT);
  }

  public static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  /** TRIM(BOTH|LEADING|TRAILING characters FROM value). */
  public static String trim(boolean leading, boolean trailing, String characters, String value) {
    int start = 0;
    int end = value.length();
    if (leading) {
      while (start < end && characters.indexOf(value.charAt(start)) >= 0) {
        start++;
      }
    }
    if (trailing) {
      while (end > start && characters.indexOf(value.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return value.substring(start, end);
  }

  public static String ltrim(String value) {
    return trim(true, false, " ", value);
  }

  public static String rtrim(String value) {
    return trim(false, true, " ", value);
  }

  public static String replace(String value, String search, String replacement) {
    return value.replace(search, replacement);
  }

  public static int charLength(String value) {
    return value.codePointCount(0, value.length());
  }

  /** POSITION(search IN value): 1-based, 0 when absent. */
  public static int position(String search, String value) {
    return value.indexOf(search) + 1;
  }

  public static String initcap(String value) {
    StringBuilder text = new StringBuilder(value.length());
    boolean wordStart = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      text.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      wordStart = !Character.isLetterOrDigit(c);
    }
    return text.toString();
  }

  /** LPAD: null for a negative length or an empty pad when padding is needed. */
  public static String lpad(String value, long length, String pad) {
    return pad(value, length, pad, true);
  }

  public static String rpad(String value, long length, String pad) {
    return pad(value, length, pad, false);
  }

  private static String pad(String value, long length, String pad, boolean left) {
    if (length < 0) {
      return null;
    }
    if (length <= value.length()) {
      return value.substring(0, (int) length);
    }
    if (pad.isEmpty()) {
      return null;
    }
    StringBuilder padding = new StringBuilder();
    int missing = (int) length - value.length();
    while (padding.length() < missing) {
      padding.append(pad);
    }
    padding.setLength(missing);
    return left ? padding + value : value + padding;
  }

  public static String repeat(String value, long times) {
    return times <= 0 ? "" : value.repeat((int) times);
  }

  public static String reverse(String value) {
    return new StringBuilder(value).reverse().toString();
  }

  public static String left(String value, long length) {
    return length <= 0 ? "" : value.substring(0, (int) Math.min(value.length(), length));
  }

  public static String right(String value, long length) {
    if (length <= 0) {
      return "";
    }
    return value.substring((int) Math.max(0, value.length() - length));
  }

  public static String md5(String value) {
    return digest("MD5", value);
  }

  public static String sha256(String value) {
    return digest("SHA-256", value);
  }

  private static String digest(String algorithm, String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  public static String toBase64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /** FROM_BASE64: the decoded UTF-8 text; a value that is not Base64 fails naming it. */
  public static String fromBase64(String value) {
    try {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new EvaluationException("FROM_BASE64: '" + value + "' is not Base64 text");
    }
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  public static int hashCode(String value) {
    return value.hashCode();
  }

  /** SPLIT_INDEX(value, separator, index): the 0-based piece, null when there is none. */
  public static String splitIndex(String value, String separator, long index) {
    if (index < 0 || separator.isEmpty()) {
      return null;
    }
    int start = 0;
    for (long piece = 0; piece < index; piece++) {
      int next = value.indexOf(separator, start);
      if (next < 0) {
        return null;
      }
      start = next + separator.length();
    }
    int end = value.indexOf(separator, start);
    return value.substring(start, end < 0 ? value.length() : end);
  }

  /** SPLIT_INDEX with a character code as separator. */
  public static String splitIndex(String value, long separator, long index) {
    return splitIndex(value, String.valueOf((char) separator), index);
  }

  /** CONCAT_WS: null values are skipped. */
  public static String concatWs(String separator, String[] values) {
    StringBuilder text = new StringBuilder();
    boolean first = true;
    for (String value : values) {
      if (value != null) {
        if (!first) {
          text.append(separator);
        }
        text.append(value);
        first = false;
      }
    }
    return text.toString();
  }

  /** Compares strings as SQL does (by UTF-16 code units, as Flink's binary strings order). */
  public static int compare(String left, String right) {
    return left.compareTo(right);
  }
}
