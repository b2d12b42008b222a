package io.eddy.codegen;

/** Generated source that does not compile: a bug of the code generator, never a user error. */
public final class CompilationException extends RuntimeException {

  /** Creates the exception with the compiler's message and the numbered source. */
  public CompilationException(String message, Throwable cause) {
    super(message, cause);
  }
}
