package io.eddy.catalog.types;

/** A type string that {@link DataTypeParser} cannot read; the message names text and position. */
public final class DataTypeParseException extends IllegalArgumentException {

  public DataTypeParseException(String text, int position, String problem) {
    super("Invalid type '" + text + "' at position " + (position + 1) + ": " + problem);
  }
}
