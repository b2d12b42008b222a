package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * How an option's text value is read and printed: a name for documentation ("Duration"), the
 * expected form for error messages ("a duration such as '10 s', '1 min' or '500 ms'"), a parser
 * that throws {@link IllegalArgumentException} on bad input, and a formatter for defaults.
 */
public record OptionType<T>(String name, String expectedForm, Function<String, T> parser,
    Function<T, String> formatter) {

  public OptionType {
    requireNonNull(name, "name is null");
    requireNonNull(expectedForm, "expectedForm is null");
    requireNonNull(parser, "parser is null");
    requireNonNull(formatter, "formatter is null");
  }

  /** Parses {@code text}; throws {@link IllegalArgumentException} if it is not of this type. */
  public T parse(String text) {
    return parser.apply(text.trim());
  }

  /** Prints {@code value} in the form {@link #parse} reads back. */
  public String format(T value) {
    return formatter.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
