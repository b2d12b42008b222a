package io.eddy.catalog.types;

import java.util.ArrayList;
import java.util.List;

/** Splits a type string into words, `quoted identifiers`, 'strings', integers and symbols. */
final class TypeTokenizer {

  private final String text;
  private int position;

  TypeTokenizer(String text) {
    this.text = text;
  }

  List<TypeToken> tokenize() {
    List<TypeToken> tokens = new ArrayList<>();
    while (true) {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
      if (position >= text.length()) {
        return tokens;
      }
      int start = position;
      char c = text.charAt(position);
      if (Character.isLetter(c) || c == '_') {
        while (position < text.length()
            && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
          position++;
        }
        tokens.add(new TypeToken(TypeToken.Kind.WORD, text.substring(start, position), start));
      } else if (Character.isDigit(c)) {
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
          position++;
        }
        tokens.add(new TypeToken(TypeToken.Kind.INTEGER, text.substring(start, position), start));
      } else if (c == '`' || c == '\'') {
        tokens.add(new TypeToken(c == '`' ? TypeToken.Kind.QUOTED_IDENTIFIER : TypeToken.Kind.STRING,
            quoted(c), start));
      } else if ("<>(),".indexOf(c) >= 0) {
        position++;
        tokens.add(new TypeToken(TypeToken.Kind.SYMBOL, String.valueOf(c), start));
      } else {
        throw new DataTypeParseException(text, start, "unexpected character '" + c + "'");
      }
    }
  }

  private String quoted(char quote) {
    int start = position;
    StringBuilder value = new StringBuilder();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == quote) {
        if (position < text.length() && text.charAt(position) == quote) {
          value.append(quote);
          position++;
        } else {
          return value.toString();
        }
      } else {
        value.append(c);
      }
    }
    throw new DataTypeParseException(text, start, "unterminated " + quote + " quote");
  }
}
