package io.eddy.catalog.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.CatalogView;
import io.eddy.catalog.Column;
import io.eddy.catalog.FunctionLanguage;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.catalog.types.DataTypeParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned JSON form of catalog objects, one document per object, readable by humans: types
 * are their SQL spelling, options keep their order. Reading throws
 * {@link IllegalArgumentException} with a short reason when a field is missing or wrong.
 */
final class CatalogJson {

  static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CatalogJson() {}

  static ObjectNode database(String name, CatalogDatabase database) {
    ObjectNode node = header("database", name);
    database.comment().ifPresent(c -> node.put("comment", c));
    node.set("properties", stringMap(database.properties()));
    return node;
  }

  static CatalogDatabase readDatabase(JsonNode node) {
    checkHeader(node, "database");
    return new CatalogDatabase(optionalText(node, "comment"), readStringMap(node, "properties"));
  }

  static ObjectNode table(String name, CatalogBaseTable table) {
    ObjectNode node = header(table.kind(), name);
    table.comment().ifPresent(c -> node.put("comment", c));
    TableSchema schema = table.schema();
    ArrayNode columns = node.putArray("columns");
    schema.columns().forEach(column -> columns.add(column(column)));
    schema.watermark().ifPresent(spec -> node.putObject("watermark")
        .put("column", spec.rowtimeColumn()).put("expression", spec.expression()));
    schema.primaryKey().ifPresent(key -> {
      ObjectNode pk = node.putObject("primaryKey").put("name", key.name());
      key.columns().forEach(pk.putArray("columns")::add);
    });
    if (table instanceof CatalogTable t) {
      t.partitionKeys().forEach(node.putArray("partitionKeys")::add);
      node.set("options", stringMap(t.options()));
    } else {
      CatalogView view = (CatalogView) table;
      node.put("originalQuery", view.originalQuery());
      node.put("expandedQuery", view.expandedQuery());
    }
    return node;
  }

  static CatalogBaseTable readTable(JsonNode node) {
    String kind = checkHeader(node, "table", "view");
    List<Column> columns = new ArrayList<>();
    for (JsonNode column : array(node, "columns")) {
      columns.add(readColumn(column));
    }
    Optional<WatermarkSpec> watermark = Optional.ofNullable(node.get("watermark"))
        .map(w -> new WatermarkSpec(text(w, "column"), text(w, "expression")));
    Optional<PrimaryKey> primaryKey = Optional.ofNullable(node.get("primaryKey"))
        .map(pk -> new PrimaryKey(text(pk, "name"), texts(pk, "columns")));
    TableSchema schema = new TableSchema(columns, watermark, primaryKey);
    Optional<String> comment = optionalText(node, "comment");
    if (kind.equals("view")) {
      return new CatalogView(schema, text(node, "originalQuery"), text(node, "expandedQuery"),
          comment);
    }
    return new CatalogTable(schema, comment, texts(node, "partitionKeys"),
        readStringMap(node, "options"));
  }

  static ObjectNode function(String name, CatalogFunction function) {
    return header("function", name).put("className", function.className())
        .put("language", function.language().name());
  }

  static CatalogFunction readFunction(JsonNode node) {
    checkHeader(node, "function");
    String language = text(node, "language");
    try {
      return new CatalogFunction(text(node, "className"), FunctionLanguage.valueOf(language),
          false);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown function language '" + language + "'");
    }
  }

  private static ObjectNode column(Column column) {
    ObjectNode node = NODES.objectNode().put("name", column.name()).put("kind", column.kind())
        .put("type", column.type().asSerializableString());
    if (column instanceof Column.ComputedColumn computed) {
      node.put("expression", computed.expression());
    } else if (column instanceof Column.MetadataColumn metadata) {
      metadata.metadataKey().ifPresent(key -> node.put("metadataKey", key));
      node.put("virtual", metadata.virtual());
    }
    column.comment().ifPresent(c -> node.put("comment", c));
    return node;
  }

  private static Column readColumn(JsonNode node) {
    String name = text(node, "name");
    var type = DataTypeParser.parse(text(node, "type"));
    Optional<String> comment = optionalText(node, "comment");
    return switch (text(node, "kind")) {
      case "physical" -> new Column.PhysicalColumn(name, type, comment);
      case "computed" -> new Column.ComputedColumn(name, type, text(node, "expression"), comment);
      case "metadata" -> new Column.MetadataColumn(name, type, optionalText(node, "metadataKey"),
          node.path("virtual").asBoolean(false), comment);
      default -> throw new IllegalArgumentException(
          "unknown column kind '" + node.get("kind").asText() + "'");
    };
  }

  private static ObjectNode header(String kind, String name) {
    return NODES.objectNode().put("formatVersion", FORMAT_VERSION).put("kind", kind)
        .put("name", name);
  }

  private static String checkHeader(JsonNode node, String... kinds) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    JsonNode version = node.get("formatVersion");
    if (version == null || !version.isInt()) {
      throw new IllegalArgumentException("missing field 'formatVersion'");
    }
    if (version.asInt() > FORMAT_VERSION || version.asInt() < 1) {
      throw new IllegalArgumentException("format version " + version.asInt()
          + " is not supported (this version of Eddy reads up to " + FORMAT_VERSION + ")");
    }
    String kind = text(node, "kind");
    if (!List.of(kinds).contains(kind)) {
      throw new IllegalArgumentException("expected kind " + String.join(" or ", kinds)
          + " but found '" + kind + "'");
    }
    return kind;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing text field '" + field + "'");
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(text(node, field)) : Optional.empty();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("missing array field '" + field + "'");
    }
    return value;
  }

  private static List<String> texts(JsonNode node, String field) {
    if (!node.has(field)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : array(node, field)) {
      values.add(value.asText());
    }
    return values;
  }

  private static ObjectNode stringMap(Map<String, String> map) {
    ObjectNode node = NODES.objectNode();
    map.forEach(node::put);
    return node;
  }

  private static Map<String, String> readStringMap(JsonNode node, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    JsonNode value = node.get(field);
    if (value == null) {
      return map;
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException("field '" + field + "' must be an object");
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      map.put(entry.getKey(), entry.getValue().asText());
    }
    return map;
  }
}
