package io.eddy.planner.validate;

import io.eddy.catalog.types.ArrayType;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.MapType;
import io.eddy.catalog.types.MultisetType;
import io.eddy.catalog.types.RowType;
import io.eddy.catalog.types.TypeRoot;
import java.util.List;

/**
 * Flink's implicit cast rules for writing a query's values into a table's columns: numbers widen
 * (TINYINT, SMALLINT, INT, BIGINT, DECIMAL, FLOAT, DOUBLE in that order), CHAR becomes VARCHAR and
 * BINARY becomes VARBINARY of any length, TIMESTAMP and TIMESTAMP_LTZ convert into each other,
 * collections and rows convert element by element. Nullability is checked when rows are written,
 * not here.
 */
public final class ImplicitCasts {

  private static final List<TypeRoot> NUMERIC_ORDER = List.of(TypeRoot.TINYINT,
      TypeRoot.SMALLINT, TypeRoot.INTEGER, TypeRoot.BIGINT, TypeRoot.DECIMAL, TypeRoot.FLOAT,
      TypeRoot.DOUBLE);

  private ImplicitCasts() {
  }

  /** Whether values of {@code source} may be written into a column of type {@code target}. */
  public static boolean supports(DataType source, DataType target) {
    TypeRoot from = source.root();
    TypeRoot to = target.root();
    if (from.isNumeric() && to.isNumeric()) {
      return NUMERIC_ORDER.indexOf(from) <= NUMERIC_ORDER.indexOf(to);
    }
    return switch (to) {
      case VARCHAR -> from == TypeRoot.CHAR || from == TypeRoot.VARCHAR;
      case VARBINARY -> from == TypeRoot.BINARY || from == TypeRoot.VARBINARY;
      case TIMESTAMP, TIMESTAMP_LTZ -> from == TypeRoot.TIMESTAMP || from == TypeRoot.TIMESTAMP_LTZ;
      case ARRAY -> from == to
          && supports(((ArrayType) source).elementType(), ((ArrayType) target).elementType());
      case MULTISET -> from == to && supports(((MultisetType) source).elementType(),
          ((MultisetType) target).elementType());
      case MAP -> from == to && supports(((MapType) source).keyType(), ((MapType) target).keyType())
          && supports(((MapType) source).valueType(), ((MapType) target).valueType());
      case ROW -> from == to && rows((RowType) source, (RowType) target);
      default -> from == to;
    };
  }

  private static boolean rows(RowType source, RowType target) {
    if (source.fields().size() != target.fields().size()) {
      return false;
    }
    for (int i = 0; i < source.fields().size(); i++) {
      if (!supports(source.fields().get(i).type(), target.fields().get(i).type())) {
        return false;
      }
    }
    return true;
  }
}
