package io.eddy.catalog;

import static io.eddy.catalog.types.SqlQuoting.identifier;
import static io.eddy.catalog.types.SqlQuoting.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints catalog objects as Flink SQL DDL in the layout of Flink's SHOW CREATE TABLE: one column
 * per line, backquoted identifiers, each option on its own line, secret values masked. The text
 * parses again in Flink SQL.
 */
public final class DdlPrinter {

  private static final String INDENT = "  ";

  private DdlPrinter() {}

  /** {@code CREATE [TEMPORARY] TABLE ...} for {@code table}. */
  public static String createTable(ObjectIdentifier id, CatalogTable table, boolean temporary) {
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE ").append(temporary ? "TEMPORARY " : "").append("TABLE ")
        .append(id.asSerializableString()).append(" (\n");
    List<String> lines = new ArrayList<>();
    TableSchema schema = table.schema();
    schema.columns().forEach(column -> lines.add(column(column)));
    schema.watermark().ifPresent(spec -> lines.add("WATERMARK FOR "
        + identifier(spec.rowtimeColumn()) + " AS " + spec.expression()));
    schema.primaryKey().ifPresent(key -> lines.add("CONSTRAINT " + identifier(key.name())
        + " PRIMARY KEY (" + identifiers(key.columns()) + ") NOT ENFORCED"));
    sql.append(lines.stream().map(line -> INDENT + line).collect(Collectors.joining(",\n")));
    sql.append("\n)");
    appendComment(sql, table.comment());
    if (!table.partitionKeys().isEmpty()) {
      sql.append("\nPARTITIONED BY (").append(identifiers(table.partitionKeys())).append(')');
    }
    if (!table.options().isEmpty()) {
      sql.append("\nWITH (\n").append(options(table.options())).append("\n)");
    }
    return sql.toString();
  }

  /** {@code CREATE [TEMPORARY] VIEW ... AS <expanded query>} for {@code view}. */
  public static String createView(ObjectIdentifier id, CatalogView view, boolean temporary) {
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE ").append(temporary ? "TEMPORARY " : "").append("VIEW ")
        .append(id.asSerializableString()).append(" (\n")
        .append(view.schema().columnNames().stream().map(name -> INDENT + identifier(name))
            .collect(Collectors.joining(",\n")))
        .append("\n)");
    appendComment(sql, view.comment());
    return sql.append("\nAS ").append(view.expandedQuery()).toString();
  }

  /** The DDL of a table or a view. */
  public static String create(ObjectIdentifier id, CatalogBaseTable table, boolean temporary) {
    if (table instanceof CatalogTable t) {
      return createTable(id, t, temporary);
    }
    return createView(id, (CatalogView) table, temporary);
  }

  /** {@code 'key' = 'value'} lines joined by commas, secrets masked. */
  public static String options(Map<String, String> options) {
    return options.entrySet().stream()
        .map(e -> INDENT + literal(e.getKey()) + " = "
            + literal(SecretOptions.mask(e.getKey(), e.getValue())))
        .collect(Collectors.joining(",\n"));
  }

  private static String column(Column column) {
    String text;
    if (column instanceof Column.ComputedColumn c) {
      text = identifier(c.name()) + " AS " + c.expression();
    } else if (column instanceof Column.MetadataColumn m) {
      text = identifier(m.name()) + " " + m.type().asSerializableString() + " METADATA"
          + m.metadataKey().map(key -> " FROM " + literal(key)).orElse("")
          + (m.virtual() ? " VIRTUAL" : "");
    } else {
      text = identifier(column.name()) + " " + column.type().asSerializableString();
    }
    return text + column.comment().map(c -> " COMMENT " + literal(c)).orElse("");
  }

  private static void appendComment(StringBuilder sql, Optional<String> comment) {
    comment.ifPresent(c -> sql.append("\nCOMMENT ").append(literal(c)));
  }

  private static String identifiers(List<String> names) {
    return names.stream().map(name -> identifier(name))
        .collect(Collectors.joining(", "));
  }
}
