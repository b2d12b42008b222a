package io.eddy.planner.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.CatalogFactories;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.FunctionLanguage;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.parser.EddySqlParser;
import io.eddy.planner.Planner;
import io.eddy.planner.PlannerException;
import io.eddy.planner.schema.CatalogManagerLookup;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the planner finds, checks and types user-defined scalar functions: Flink's precedence of
 * temporary system, built-in and catalog functions, qualified names, overload choice by argument
 * types, and the one-line errors of classes and calls it cannot use.
 */
class UserFunctionResolutionTest {

  private static final String PREFIX = TestScalarFunctions.class.getName() + "$";

  private final EddySqlParser parser = new EddySqlParser();
  private final Map<String, CatalogFunction> systemFunctions = new HashMap<>();
  private CatalogManager catalogs;
  private Planner planner;

  @BeforeEach
  void createCatalogs() {
    catalogs = new CatalogManager(CatalogFactories.discover(), TableOptionsValidator.discover());
    planner = new Planner(new CatalogManagerLookup(catalogs,
        name -> Optional.ofNullable(systemFunctions.get(name.toLowerCase(Locale.ROOT)))),
        TableOptionsValidator.discover(), Map.of());
  }

  @Test
  void overloadsArePickedByArgumentTypes() {
    temporary("kind", "Kind");

    assertThat(type("SELECT kind(1), kind(CAST(1 AS TINYINT)), kind(10000000000), kind(1.5), "
        + "kind(CAST(1 AS DOUBLE)), kind(CAST(1 AS FLOAT))"))
        .isEqualTo("ROW<`EXPR$0` STRING, `EXPR$1` STRING, `EXPR$2` STRING, `EXPR$3` STRING, "
            + "`EXPR$4` STRING, `EXPR$5` STRING> NOT NULL");
    assertThat(type("SELECT kind('a', 1), kind('a', CAST(NULL AS INT)), kind('a', 10000000000)"))
        .as("boxed results may be null; a primitive result is NOT NULL for NOT NULL arguments")
        .isEqualTo("ROW<`EXPR$0` INT, `EXPR$1` INT, `EXPR$2` BIGINT NOT NULL> NOT NULL");
  }

  @Test
  void varargsTakeAnyNumberOfArgumentsAfterTheFixedOnes() {
    temporary("joined", "Joined");

    assertThat(type("SELECT joined(',', 'a', 'b'), joined(','), joined(',', 'a'), joined(1, 2, 3), joined()"))
        .isEqualTo("ROW<`EXPR$0` STRING, `EXPR$1` STRING, `EXPR$2` INT NOT NULL, "
            + "`EXPR$3` BIGINT NOT NULL, `EXPR$4` BIGINT NOT NULL> NOT NULL");
    assertThatThrownBy(() -> type("SELECT joined(',', 1)"))
        .hasMessageContaining("it has joined(INT...), joined(STRING, STRING), joined(STRING, STRING...)");
  }

  @Test
  void theChosenOverloadIsTheClosestWidening() {
    ScalarFunctionDefinition kind = FunctionClasses.scalarFunction(PREFIX + "Kind");
    var factory = new io.eddy.planner.types.EddyTypeFactory();
    var tinyint = factory.createSqlType(org.apache.calcite.sql.type.SqlTypeName.TINYINT);
    var real = factory.createSqlType(org.apache.calcite.sql.type.SqlTypeName.REAL);
    var decimal = factory.createSqlType(org.apache.calcite.sql.type.SqlTypeName.DECIMAL, 10, 2);

    assertThat(ArgumentFit.best(kind.evals(), java.util.List.of(tinyint)).orElseThrow())
        .hasToString("eval(INT) -> STRING");
    assertThat(ArgumentFit.best(kind.evals(), java.util.List.of(real)).orElseThrow())
        .hasToString("eval(DOUBLE) -> STRING");
    assertThat(ArgumentFit.best(kind.evals(), java.util.List.of(decimal)).orElseThrow())
        .hasToString("eval(DECIMAL(38, 18)) -> STRING");
    assertThat(kind.evals()).extracting(EvalMethod::toString).containsExactly(
        "eval(BIGINT) -> STRING", "eval(DECIMAL(38, 18)) -> STRING", "eval(DOUBLE) -> STRING",
        "eval(INT) -> STRING", "eval(STRING, BIGINT) -> BIGINT", "eval(STRING, INT) -> INT");
    assertThat(kind.deterministic()).isTrue();
  }

  @Test
  void builtInFunctionsComeBeforeCatalogFunctionsAndAfterTemporarySystemFunctions() {
    temporary("upper", "Upper");
    assertThat(type("SELECT upper('a')")).as("the built-in UPPER").contains("CHAR(1)");

    systemFunctions.put("upper", new CatalogFunction(PREFIX + "Upper", FunctionLanguage.JAVA, true));
    assertThat(type("SELECT UPPER('a')")).as("the temporary system function").contains("BOOLEAN");
    assertThat(FunctionClasses.scalarFunction(PREFIX + "Upper").deterministic()).isFalse();
  }

  @Test
  void catalogFunctionsAreFoundByQualifiedNames() {
    catalogs.catalog("default_catalog").createFunction(
        new io.eddy.catalog.ObjectPath("default_database", "Kind"),
        new CatalogFunction(PREFIX + "Kind", FunctionLanguage.JAVA, false), false);

    assertThat(type("SELECT KIND(1), default_database.kind(2), default_catalog.default_database.kind(3)"))
        .isEqualTo("ROW<`EXPR$0` STRING, `EXPR$1` STRING, `EXPR$2` STRING> NOT NULL");
    assertThatThrownBy(() -> type("SELECT other_database.kind(1)"))
        .hasMessageContaining("No function named");
  }

  @Test
  void aCallNoOverloadAcceptsNamesTheFunctionTheArgumentTypesAndTheSignatures() {
    temporary("kind", "Kind");

    assertThatThrownBy(() -> type("SELECT\n  kind(TRUE)"))
        .isInstanceOf(PlannerException.class)
        .hasMessage("line 2, column 3: Function 'kind' does not accept arguments (BOOLEAN); it has "
            + "kind(BIGINT), kind(DECIMAL(38, 18)), kind(DOUBLE), kind(INT), kind(STRING, BIGINT), "
            + "kind(STRING, INT)");
    assertThatThrownBy(() -> type("SELECT kind()"))
        .hasMessageContaining("Function 'kind' does not accept arguments (); it has");
    assertThatThrownBy(() -> type("SELECT kind(CAST(1 AS DOUBLE) + 0, 1)"))
        .hasMessageContaining("does not accept arguments (DOUBLE, INT)");
  }

  @Test
  void aFunctionWhoseClassWentAwayFailsTheStatementThatCallsIt() {
    catalogs.createTemporaryFunction(id("gone"), "com.example.Gone", FunctionLanguage.JAVA, false);

    assertThatThrownBy(() -> type("SELECT gone(1)"))
        .isInstanceOf(PlannerException.class)
        .hasMessageContaining("Function 'gone' cannot be used: Function class 'com.example.Gone' "
            + "was not found on the class path");
  }

  @Test
  void classesThatAreNotUsableFunctionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> FunctionClasses.scalarFunction(PREFIX + "Abstract"))
        .isInstanceOf(InvalidFunctionException.class)
        .hasMessageEndingWith("is not a scalar function: it must be a public, non-abstract, top-level or "
            + "static class");
    assertThatThrownBy(() -> FunctionClasses.scalarFunction(PREFIX + "NeedsArgument"))
        .hasMessageEndingWith("it needs a public constructor without arguments");
    assertThatThrownBy(() -> FunctionClasses.scalarFunction(PREFIX + "FailingConstructor"))
        .hasMessageEndingWith("its constructor failed: java.lang.IllegalStateException: no configuration");
    assertThatThrownBy(() -> FunctionClasses.scalarFunction("java.lang.String"))
        .hasMessage("Class 'java.lang.String' is not a scalar function: it does not extend "
            + "io.eddy.catalog.function.ScalarFunction");
    assertThatThrownBy(() -> FunctionClasses.scalarFunction("no.such.Function"))
        .hasMessage("Function class 'no.such.Function' was not found on the class path")
        .satisfies(error -> assertThat(((InvalidFunctionException) error).hint()).contains("class path"));
  }

  private void temporary(String name, String simpleClassName) {
    catalogs.createTemporaryFunction(id(name), PREFIX + simpleClassName, FunctionLanguage.JAVA, false);
  }

  private static ObjectIdentifier id(String name) {
    return new ObjectIdentifier("default_catalog", "default_database", name);
  }

  private String type(String sql) {
    return planner.validateQuery(parser.parseStatement(sql)).rowType().asSummaryString();
  }
}
