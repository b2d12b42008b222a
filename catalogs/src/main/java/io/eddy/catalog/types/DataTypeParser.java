package io.eddy.catalog.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses Flink's SQL spelling of a type back into a {@link DataType}: everything
 * {@link DataType#asSerializableString()} prints, plus Flink's synonyms ({@code INTEGER},
 * {@code DEC}, {@code NUMERIC}, {@code CHARACTER}, {@code DOUBLE PRECISION},
 * {@code TIMESTAMP(3) WITH LOCAL TIME ZONE}, {@code ROW(a INT)}, {@code INT ARRAY}).
 * Keywords are case-insensitive. Errors are one line naming the text and the position.
 */
public final class DataTypeParser {

  private final String text;
  private final List<TypeToken> tokens;
  private int index;

  private DataTypeParser(String text) {
    this.text = text;
    this.tokens = new TypeTokenizer(text).tokenize();
  }

  /** Parses {@code text}; throws {@link DataTypeParseException} if it is not a single type. */
  public static DataType parse(String text) {
    DataTypeParser parser = new DataTypeParser(text);
    DataType type = parser.parseType();
    if (!parser.atEnd()) {
      throw parser.error("unexpected '" + parser.peek().text() + "'");
    }
    return type;
  }

  private DataType parseType() {
    DataType type = parseBaseType();
    while (true) {
      if (acceptKeyword("ARRAY")) {
        type = new ArrayType(type, true);
      } else if (acceptKeyword("MULTISET")) {
        type = new MultisetType(type, true);
      } else {
        break;
      }
    }
    if (acceptKeyword("NOT")) {
      expectKeyword("NULL");
      return type.withNullable(false);
    }
    acceptKeyword("NULL");
    return type;
  }

  private DataType parseBaseType() {
    TypeToken token = next();
    if (token.kind() != TypeToken.Kind.WORD) {
      throw errorAt(token, "expected a type but found '" + token.text() + "'");
    }
    String word = token.text().toUpperCase(Locale.ROOT);
    try {
      return switch (word) {
        case "TINYINT" -> DataTypes.TINYINT();
        case "SMALLINT" -> DataTypes.SMALLINT();
        case "INT", "INTEGER" -> DataTypes.INT();
        case "BIGINT" -> DataTypes.BIGINT();
        case "FLOAT", "REAL" -> DataTypes.FLOAT();
        case "DOUBLE" -> {
          acceptKeyword("PRECISION");
          yield DataTypes.DOUBLE();
        }
        case "BOOLEAN" -> DataTypes.BOOLEAN();
        case "DATE" -> DataTypes.DATE();
        case "DECIMAL", "DEC", "NUMERIC" -> parseDecimal();
        case "CHAR", "CHARACTER" -> DataTypes.CHAR(optionalLength(CharType.DEFAULT_LENGTH));
        case "VARCHAR" -> DataTypes.VARCHAR(optionalLength(VarCharType.DEFAULT_LENGTH));
        case "STRING" -> DataTypes.STRING();
        case "BINARY" -> DataTypes.BINARY(optionalLength(BinaryType.DEFAULT_LENGTH));
        case "VARBINARY" -> DataTypes.VARBINARY(optionalLength(VarBinaryType.DEFAULT_LENGTH));
        case "BYTES" -> DataTypes.BYTES();
        case "TIME" -> parseTime();
        case "TIMESTAMP" -> parseTimestamp();
        case "TIMESTAMP_LTZ" -> DataTypes.TIMESTAMP_LTZ(optionalLength(TimestampType.DEFAULT_PRECISION));
        case "ARRAY" -> {
          DataType element = parseAngled();
          yield new ArrayType(element, true);
        }
        case "MULTISET" -> new MultisetType(parseAngled(), true);
        case "MAP" -> parseMap();
        case "ROW" -> parseRow();
        default -> throw errorAt(token, "unknown type '" + token.text() + "'");
      };
    } catch (IllegalArgumentException e) {
      if (e instanceof DataTypeParseException) {
        throw e;
      }
      throw errorAt(token, e.getMessage());
    }
  }

  private DataType parseDecimal() {
    int precision = DecimalType.DEFAULT_PRECISION;
    int scale = DecimalType.DEFAULT_SCALE;
    if (acceptSymbol("(")) {
      precision = expectInteger();
      if (acceptSymbol(",")) {
        scale = expectInteger();
      }
      expectSymbol(")");
    }
    return DataTypes.DECIMAL(precision, scale);
  }

  private DataType parseTime() {
    int precision = optionalLength(TimeType.DEFAULT_PRECISION);
    if (acceptKeyword("WITHOUT")) {
      expectKeyword("TIME");
      expectKeyword("ZONE");
    }
    return DataTypes.TIME(precision);
  }

  private DataType parseTimestamp() {
    int precision = optionalLength(TimestampType.DEFAULT_PRECISION);
    if (acceptKeyword("WITHOUT")) {
      expectKeyword("TIME");
      expectKeyword("ZONE");
    } else if (acceptKeyword("WITH")) {
      expectKeyword("LOCAL");
      expectKeyword("TIME");
      expectKeyword("ZONE");
      return DataTypes.TIMESTAMP_LTZ(precision);
    }
    return DataTypes.TIMESTAMP(precision);
  }

  private DataType parseAngled() {
    expectSymbol("<");
    DataType element = parseType();
    expectSymbol(">");
    return element;
  }

  private DataType parseMap() {
    expectSymbol("<");
    DataType key = parseType();
    expectSymbol(",");
    DataType value = parseType();
    expectSymbol(">");
    return DataTypes.MAP(key, value);
  }

  private DataType parseRow() {
    String close;
    if (acceptSymbol("<")) {
      close = ">";
    } else {
      expectSymbol("(");
      close = ")";
    }
    List<RowType.Field> fields = new ArrayList<>();
    if (!acceptSymbol(close)) {
      do {
        fields.add(parseField());
      } while (acceptSymbol(","));
      expectSymbol(close);
    }
    return DataTypes.ROW(fields);
  }

  private RowType.Field parseField() {
    TypeToken name = next();
    if (name.kind() != TypeToken.Kind.WORD && name.kind() != TypeToken.Kind.QUOTED_IDENTIFIER) {
      throw errorAt(name, "expected a field name but found '" + name.text() + "'");
    }
    DataType type = parseType();
    Optional<String> comment = Optional.empty();
    if (!atEnd() && peek().kind() == TypeToken.Kind.STRING) {
      comment = Optional.of(next().text());
    }
    return new RowType.Field(name.text(), type, comment);
  }

  private int optionalLength(int defaultValue) {
    if (acceptSymbol("(")) {
      int value = expectInteger();
      expectSymbol(")");
      return value;
    }
    return defaultValue;
  }

  private int expectInteger() {
    TypeToken token = next();
    if (token.kind() != TypeToken.Kind.INTEGER) {
      throw errorAt(token, "expected an integer but found '" + token.text() + "'");
    }
    try {
      return Integer.parseInt(token.text());
    } catch (NumberFormatException e) {
      throw errorAt(token, "integer '" + token.text() + "' is out of range");
    }
  }

  private boolean acceptKeyword(String keyword) {
    if (!atEnd() && peek().kind() == TypeToken.Kind.WORD
        && peek().text().equalsIgnoreCase(keyword)) {
      index++;
      return true;
    }
    return false;
  }

  private void expectKeyword(String keyword) {
    if (!acceptKeyword(keyword)) {
      throw error("expected '" + keyword + "'" + found());
    }
  }

  private boolean acceptSymbol(String symbol) {
    if (!atEnd() && peek().kind() == TypeToken.Kind.SYMBOL && peek().text().equals(symbol)) {
      index++;
      return true;
    }
    return false;
  }

  private void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw error("expected '" + symbol + "'" + found());
    }
  }

  private String found() {
    return atEnd() ? " but the text ended" : " but found '" + peek().text() + "'";
  }

  private boolean atEnd() {
    return index >= tokens.size();
  }

  private TypeToken peek() {
    return tokens.get(index);
  }

  private TypeToken next() {
    if (atEnd()) {
      throw error("expected more but the text ended");
    }
    return tokens.get(index++);
  }

  private DataTypeParseException error(String problem) {
    int position = atEnd() ? text.length() : peek().position();
    return new DataTypeParseException(text, position, problem);
  }

  private DataTypeParseException errorAt(TypeToken token, String problem) {
    return new DataTypeParseException(text, token.position(), problem);
  }
}
