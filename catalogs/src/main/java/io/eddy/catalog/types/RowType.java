package io.eddy.catalog.types;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** ROW&lt;name T 'comment', ...&gt;: named fields, names unique (case-sensitive). */
public record RowType(List<Field> fields, boolean nullable) implements DataType {

  /** One field of a row: name, type and optional comment. */
  public record Field(String name, DataType type, Optional<String> comment) {

    public Field {
      requireNonNull(name, "name is null");
      requireNonNull(type, "type is null");
      requireNonNull(comment, "comment is null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("ROW field name must not be empty");
      }
    }

    public Field(String name, DataType type) {
      this(name, type, Optional.empty());
    }

    String sql() {
      return SqlQuoting.identifier(name) + " " + type.asSerializableString()
          + comment.map(c -> " " + SqlQuoting.literal(c)).orElse("");
    }

    @Override
    public String toString() {
      return sql();
    }
  }

  public RowType {
    fields = List.copyOf(requireNonNull(fields, "fields is null"));
    Set<String> seen = new HashSet<>();
    for (Field field : fields) {
      if (!seen.add(field.name())) {
        throw new IllegalArgumentException(
            "ROW field names must be unique, but '" + field.name() + "' appears twice");
      }
    }
  }

  /** The field names in order. */
  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  @Override
  public TypeRoot root() {
    return TypeRoot.ROW;
  }

  @Override
  public DataType withNullable(boolean nullable) {
    return new RowType(fields, nullable);
  }

  @Override
  public String sqlName() {
    return fields.stream().map(Field::sql).collect(Collectors.joining(", ", "ROW<", ">"));
  }

  @Override
  public String toString() {
    return asSummaryString();
  }
}
