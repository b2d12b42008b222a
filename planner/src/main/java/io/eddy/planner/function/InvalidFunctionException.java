package io.eddy.planner.function;

/**
 * A function's class cannot be used: it is missing, is not a function or has no usable
 * {@code eval}. The message is one line; the caller adds where the function was named.
 */
public final class InvalidFunctionException extends RuntimeException {

  private final String hint;

  InvalidFunctionException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** Advice for the user, or null. */
  public String hint() {
    return hint;
  }
}
