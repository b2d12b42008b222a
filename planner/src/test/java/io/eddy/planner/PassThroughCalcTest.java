package io.eddy.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.planner.codegen.JaninoCodeGenerator;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Vertex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Calc that gives every input field back in order, at most through casts that keep the value (a time
 * attribute to TIMESTAMP, NOT NULL to nullable), becomes no operator: its consumers take the input's rows.
 * EXPLAIN still shows it, as Flink's does.
 */
class PassThroughCalcTest {

  private static final String TABLES = """
      CREATE TABLE bids (auction BIGINT, price BIGINT, ts TIMESTAMP(3),
        WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');
      CREATE TABLE ranked (auction BIGINT, price BIGINT, ts TIMESTAMP(3), rank_number BIGINT)
        WITH ('connector' = 'blackhole');
      CREATE TABLE ranked_text (auction BIGINT, price BIGINT, ts TIMESTAMP(3), rank_number STRING)
        WITH ('connector' = 'blackhole');
      """;

  private static final String TOP_3 = """
      SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number
      FROM bids) WHERE rank_number <= 3""";

  private final TestSession session = new TestSession().execute(TABLES);

  private List<String> vertices(String insert) {
    JobGraph graph = session.planner.planInserts(List.of(session.parse(insert)), "job",
        new JaninoCodeGenerator(), new PlanOnlyConnectors()).graph();
    return graph.vertices().stream().map(Vertex::name).map(name -> name.replaceFirst("^\\d+: ", "").split("\\(")[0]).toList();
  }

  @Test
  void aCalcThatOnlyCastsTimeAttributesAndNullabilityRunsNoOperator() {
    String explained = session.planner.explainPhysical(List.of(session.parse("INSERT INTO ranked " + TOP_3)),
        new PlanOnlyConnectors());
    assertThat(explained).contains("Calc(select=[auction, price, CAST(ts AS TIMESTAMP(3)) AS ts");

    assertThat(vertices("INSERT INTO ranked " + TOP_3)).doesNotContain("Calc").contains("Rank");
  }

  @Test
  void aCalcThatChangesAValueStays() {
    assertThat(vertices("INSERT INTO ranked_text SELECT auction, price, ts, CAST(rank_number AS STRING) FROM ("
        + TOP_3 + ")")).contains("Calc", "Rank");
    assertThat(vertices("INSERT INTO ranked SELECT price, auction, ts, rank_number FROM (" + TOP_3 + ")"))
        .contains("Calc", "Rank");
  }
}
