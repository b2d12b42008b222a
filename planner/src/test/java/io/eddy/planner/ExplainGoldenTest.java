package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.planner.codegen.JaninoCodeGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EXPLAIN golden files: each {@code explain/NAME.sql} is planned against the tables of
 * {@code explain/setup.ddl} (stored in a real catalog manager) and compared with
 * {@code explain/NAME.plan}: the logical plan and the streaming physical plan, or the error of a
 * statement the planner refuses; cases named {@code *_code} also show the generated code. Run with {@code -Deddy.golden.update=true} to rewrite the plan files,
 * then review the diff.
 */
class ExplainGoldenTest {

  private static final Path DIRECTORY = Path.of("src/test/resources/explain");
  private static final boolean UPDATE = Boolean.getBoolean("eddy.golden.update");

  static List<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void planMatchesGoldenFile(String name) throws IOException {
    String sql = Files.readString(DIRECTORY.resolve(name + ".sql"), StandardCharsets.UTF_8).strip();
    TestSession session = new TestSession().execute(
        Files.readString(DIRECTORY.resolve("setup.ddl"), StandardCharsets.UTF_8));

    String plan = plan(session, name, sql) + "\n";

    Path expected = DIRECTORY.resolve(name + ".plan");
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, plan, StandardCharsets.UTF_8);
    }
    assertThat(plan).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /** The EXPLAIN text, or the planner's error for statements it refuses. */
  private static String plan(TestSession session, String name, String sql) {
    try {
      return session.planner.explainPhysical(List.of(session.parse(sql)), new PlanOnlyConnectors(),
          name.endsWith("_code") ? new JaninoCodeGenerator() : null);
    } catch (PlannerException e) {
      return "ERROR: " + e.getMessage();
    }
  }
}
