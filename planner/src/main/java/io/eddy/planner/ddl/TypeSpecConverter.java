package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.ArrayType;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.MapType;
import io.eddy.catalog.types.MultisetType;
import io.eddy.catalog.types.RowType;
import io.eddy.parser.type.CollectionTypeNameSpec;
import io.eddy.parser.type.MapTypeNameSpec;
import io.eddy.parser.type.RowTypeNameSpec;
import io.eddy.parser.type.TypeSpecs;
import io.eddy.planner.PlannerException;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.types.TypeConverter;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.planner.validate.ValidationErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Turns the parser's type specs into catalog types: Flink's collection, MAP and ROW specs
 * directly (keeping field comments and NOT NULL of nested fields), other types through
 * Calcite's type derivation with the planner's type system.
 */
public final class TypeSpecConverter {

  private final PlanningContext context;

  /** Creates a converter that derives basic types with the context's validator. */
  public TypeSpecConverter(PlanningContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** The catalog type of a spec, with the spec's nullability. */
  public DataType toDataType(SqlDataTypeSpec spec) {
    SqlTypeNameSpec name = spec.getTypeNameSpec();
    DataType type;
    if (name instanceof RowTypeNameSpec row) {
      List<RowType.Field> fields = new ArrayList<>();
      for (RowTypeNameSpec.Field field : row.fields()) {
        if (fields.stream().anyMatch(f -> f.name().equals(field.name()))) {
          throw ValidationErrors.at(field.nameNode().getParserPosition(), Category.VALIDATION,
              "ROW field '" + field.name() + "' is declared twice");
        }
        fields.add(new RowType.Field(field.name(), toDataType(field.type()),
            Optional.ofNullable(field.comment())));
      }
      type = new RowType(fields, true);
    } else if (name instanceof CollectionTypeNameSpec collection) {
      DataType element = toDataType(collection.elementType());
      type = collection.collectionType() == SqlTypeName.MULTISET
          ? new MultisetType(element, true) : new ArrayType(element, true);
    } else if (name instanceof MapTypeNameSpec map) {
      type = new MapType(toDataType(map.keyType()), toDataType(map.valueType()), true);
    } else {
      type = basic(spec);
    }
    return type.withNullable(TypeSpecs.isNullable(spec));
  }

  private DataType basic(SqlDataTypeSpec spec) {
    try {
      return new TypeConverter(context.typeFactory())
          .toDataType(spec.deriveType(context.validator()));
    } catch (PlannerException error) {
      throw ValidationErrors.at(spec.getParserPosition(), error.category(), error.description());
    } catch (RuntimeException error) {
      String message = error.getMessage() == null ? error.toString() : error.getMessage();
      throw ValidationErrors.at(spec.getParserPosition(), Category.VALIDATION,
          "Invalid type " + spec + ": " + message.replaceFirst("^.*?: ", ""));
    }
  }
}
