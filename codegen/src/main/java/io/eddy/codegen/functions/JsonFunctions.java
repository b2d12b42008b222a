package io.eddy.codegen.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON_VALUE, JSON_QUERY, JSON_EXISTS and IS JSON over JSON text, with SQL/JSON paths of the form
 * {@code [lax|strict] $.name['other'][0]}. Missing items and text that is not JSON give null (the
 * default NULL ON EMPTY / NULL ON ERROR behaviour).
 */
public final class JsonFunctions {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What {@link #lookup} and {@link #queryText} return when the path selects nothing. */
  public static final String MISSING = new String("<missing>");
  /** What {@link #lookup} and {@link #queryText} return for text that is not JSON or a wrong item. */
  public static final String INVALID = new String("<invalid>");

  private JsonFunctions() {
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The item the path selects, or null when there is none. */
  private static JsonNode select(JsonNode root, String path) {
    JsonNode node = root;
    for (Object step : steps(path)) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node == null || node.isMissingNode() ? null : node;
  }

  private static List<Object> steps(String path) {
    String text = path.strip();
    if (text.startsWith("lax ") || text.startsWith("strict ")) {
      text = text.substring(text.indexOf(' ') + 1).strip();
    }
    if (!text.startsWith("$")) {
      throw new EvaluationException("Invalid JSON path '" + path + "': it must start with $");
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        steps.add(text.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw new EvaluationException("Invalid JSON path '" + path + "': missing ]");
        }
        String inside = text.substring(i + 1, end).strip();
        if (inside.startsWith("'") || inside.startsWith("\"")) {
          steps.add(inside.substring(1, inside.length() - 1));
        } else {
          try {
            steps.add(Integer.valueOf(inside));
          } catch (NumberFormatException e) {
            throw new EvaluationException("Invalid JSON path '" + path + "' at [" + inside + "]");
          }
        }
        i = end + 1;
      } else {
        throw new EvaluationException("Invalid JSON path '" + path + "' at position " + i);
      }
    }
    return steps;
  }

  /** The node the path selects in the JSON text, or the {@link #MISSING} / {@link #INVALID} marker. */
  private static Object item(String json, String path) {
    JsonNode root = parse(json);
    if (root == null) {
      return INVALID;
    }
    JsonNode node = select(root, path);
    return node == null ? MISSING : node;
  }

  /**
   * JSON_VALUE with its ON EMPTY / ON ERROR behaviour left to the caller: the scalar's text, null
   * for JSON null, {@link #MISSING} (compare by identity) when the path selects nothing,
   * {@link #INVALID} when the text is not JSON or the item is an object or array.
   */
  public static String lookup(String json, String path) {
    Object item = item(json, path);
    if (!(item instanceof JsonNode node)) {
      return (String) item;
    }
    if (node.isContainerNode()) {
      return INVALID;
    }
    return node.isNull() ? null : node.asText();
  }

  /**
   * JSON_QUERY with its behaviours left to the caller: the selected item as JSON text, wrapped in
   * an array as {@code wrapper} says (WITHOUT_ARRAY, WITH_CONDITIONAL_ARRAY,
   * WITH_UNCONDITIONAL_ARRAY), or {@link #MISSING} / {@link #INVALID}.
   */
  public static String queryText(String json, String path, String wrapper) {
    Object item = item(json, path);
    if (!(item instanceof JsonNode node)) {
      return (String) item;
    }
    return switch (wrapper) {
      case "WITH_UNCONDITIONAL_ARRAY" -> "[" + node + "]";
      case "WITH_CONDITIONAL_ARRAY" -> node.isArray() ? node.toString() : "[" + node + "]";
      default -> node.isContainerNode() ? node.toString() : INVALID;
    };
  }

  /** JSON_EXISTS with its ON ERROR behaviour left to the caller: 1, 0, or -1 for bad JSON. */
  public static int existence(String json, String path) {
    Object item = item(json, path);
    return item == INVALID ? -1 : item == MISSING ? 0 : 1;
  }

  /** Whether a result of {@link #lookup} or {@link #queryText} is the {@link #MISSING} marker. */
  public static boolean isMissing(String result) {
    return result == MISSING;
  }

  /** Whether a result of {@link #lookup} or {@link #queryText} is the {@link #INVALID} marker. */
  public static boolean isInvalid(String result) {
    return result == INVALID;
  }

  /** The failure of ERROR ON EMPTY / ERROR ON ERROR. */
  public static EvaluationException error(String function, String path, boolean empty) {
    return new EvaluationException(function + ": " + (empty ? "no item at path '" + path + "'"
        : "the JSON text or the item at path '" + path + "' is not valid for it"));
  }

  /** IS JSON [VALUE | OBJECT | ARRAY | SCALAR]. */
  public static boolean isJson(String json, String kind) {
    JsonNode node = parse(json);
    if (node == null || node.isMissingNode()) {
      return false;
    }
    return switch (kind) {
      case "OBJECT" -> node.isObject();
      case "ARRAY" -> node.isArray();
      case "SCALAR" -> node.isValueNode();
      default -> true;
    };
  }
}
