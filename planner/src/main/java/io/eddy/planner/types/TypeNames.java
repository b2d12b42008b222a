package io.eddy.planner.types;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Calcite's spelling of types in messages into Flink's: {@code VARCHAR(2147483647)} is
 * {@code STRING}, {@code INTEGER} is {@code INT}, {@code TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)} is
 * {@code TIMESTAMP_LTZ(3)}, character sets are dropped.
 */
public final class TypeNames {

  private static final Pattern CHARSET = Pattern.compile(
      " CHARACTER SET \"[^\"]*\"| COLLATE \"[^\"]*\"");
  private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
  private static final Pattern LOCAL_ZONE = Pattern.compile(
      "\\bTIMESTAMP(\\(\\d+\\))? WITH LOCAL TIME ZONE|\\bTIMESTAMP_WITH_LOCAL_TIME_ZONE");

  private TypeNames() {
  }

  /** The text with every Calcite type spelling replaced by Flink's. */
  public static String flinkSpelling(String text) {
    String result = CHARSET.matcher(text).replaceAll("");
    result = result.replace("VARCHAR(2147483647)", "STRING")
        .replace("VARBINARY(2147483647)", "BYTES");
    result = INTEGER.matcher(result).replaceAll("INT");
    Matcher matcher = LOCAL_ZONE.matcher(result);
    StringBuilder builder = new StringBuilder();
    while (matcher.find()) {
      String precision = matcher.group(1) == null ? "" : matcher.group(1);
      matcher.appendReplacement(builder, Matcher.quoteReplacement("TIMESTAMP_LTZ" + precision));
    }
    matcher.appendTail(builder);
    return builder.toString();
  }
}
