package io.eddy.catalog;

/** The language a user-defined function is implemented in ({@code LANGUAGE JAVA}). */
public enum FunctionLanguage {
  JAVA, SCALA, PYTHON
}
