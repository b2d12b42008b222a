package io.eddy.codegen.functions;

/**
 * A SQL expression failed on a record's values (a bad cast, division by zero, a malformed
 * pattern): the message is one line naming the value and the operation.
 */
public final class EvaluationException extends RuntimeException {

  /** Creates the exception with a one-line message. */
  public EvaluationException(String message) {
    super(message);
  }
}
