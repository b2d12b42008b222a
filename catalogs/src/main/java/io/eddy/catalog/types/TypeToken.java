package io.eddy.catalog.types;

/** One token of a type string, with its 0-based position. */
record TypeToken(Kind kind, String text, int position) {

  enum Kind { WORD, QUOTED_IDENTIFIER, STRING, INTEGER, SYMBOL }
}
