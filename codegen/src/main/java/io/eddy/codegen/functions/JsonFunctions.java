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
  static JsonNode select(String json, String path) {
    JsonNode node = parse(json);
    if (node == null) {
      return null;
    }
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

  /** JSON_VALUE: the scalar's text, null for a missing item, JSON null, an object or array. */
  public static String value(String json, String path) {
    JsonNode node = select(json, path);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  /** JSON_QUERY: the object or array as JSON text, null for scalars and missing items. */
  public static String query(String json, String path) {
    JsonNode node = select(json, path);
    return node == null || !node.isContainerNode() ? null : node.toString();
  }

  public static boolean exists(String json, String path) {
    return select(json, path) != null;
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
