package io.eddy.codegen.functions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * LIKE, SIMILAR TO and the REGEXP functions. Constant patterns are compiled once when the code is
 * generated; patterns that vary per record go through a bounded cache.
 */
public final class PatternFunctions {

  private static final int CACHE_LIMIT = 1_000;
  private static final ConcurrentMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private PatternFunctions() {
  }

  /** The regular expression of a LIKE pattern with an optional escape character. */
  public static Pattern likePattern(String like, String escape) {
    return Pattern.compile(likeRegex(like, escape, false), Pattern.DOTALL);
  }

  /** The regular expression of a SIMILAR TO pattern. */
  public static Pattern similarPattern(String similar, String escape) {
    return Pattern.compile(likeRegex(similar, escape, true), Pattern.DOTALL);
  }

  private static String likeRegex(String like, String escape, boolean similar) {
    if (escape != null && escape.length() != 1) {
      throw new EvaluationException("Invalid escape character '" + escape + "' in pattern '"
          + like + "'");
    }
    char escapeChar = escape == null ? 0 : escape.charAt(0);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (escape != null && c == escapeChar) {
        if (i + 1 >= like.length()) {
          throw new EvaluationException("Invalid escape sequence at the end of pattern '"
              + like + "'");
        }
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else if (similar && "|*+?{}()[]^-".indexOf(c) >= 0) {
        regex.append(c);
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  public static boolean matches(Pattern pattern, String value) {
    return pattern.matcher(value).matches();
  }

  public static boolean like(String value, String like, String escape) {
    return likePattern(like, escape).matcher(value).matches();
  }

  public static boolean similar(String value, String similar, String escape) {
    return similarPattern(similar, escape).matcher(value).matches();
  }

  /** A compiled regular expression; a malformed one fails naming it. */
  public static Pattern regex(String regex) {
    Pattern pattern = CACHE.get(regex);
    if (pattern == null) {
      try {
        pattern = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new EvaluationException("Invalid regular expression '" + regex + "': "
            + e.getDescription());
      }
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(regex, pattern);
    }
    return pattern;
  }

  /** REGEXP_EXTRACT: the group's text, null when nothing matches or the group does not exist. */
  public static String regexpExtract(String value, Pattern pattern, long group) {
    Matcher matcher = pattern.matcher(value);
    if (!matcher.find() || group < 0 || group > matcher.groupCount()) {
      return null;
    }
    return matcher.group((int) group);
  }

  public static String regexpExtract(String value, String regex, long group) {
    return regexpExtract(value, regex(regex), group);
  }

  public static String regexpReplace(String value, String regex, String replacement) {
    return regex(regex).matcher(value).replaceAll(replacement);
  }

  /** REGEXP(value, regex): whether a part of the value matches. */
  public static boolean regexp(String value, String regex) {
    return regex(regex).matcher(value).find();
  }
}
