package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.ExpressionPrinter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;

/**
 * VALUES: a bounded source of literal rows, read by one subtask. Each tuple is evaluated once
 * when the job is built, by the same generated code as any projection.
 */
public final class ValuesNode extends PhysicalNode {

  private final List<List<RexNode>> tuples;
  private final RelDataTypeFactory typeFactory;

  public ValuesNode(RelDataType rowType, List<List<RexNode>> tuples,
      RelDataTypeFactory typeFactory) {
    super(rowType, List.of(), ChangelogMode.INSERT_ONLY);
    this.tuples = requireNonNull(tuples, "tuples is null").stream().map(List::copyOf).toList();
    this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
  }

  @Override
  public String name() {
    return "Values";
  }

  @Override
  public String attributes() {
    return "tuples=[" + tuples.stream()
        .map(tuple -> tuple.stream().map(value -> ExpressionPrinter.print(value, List.of()))
            .collect(Collectors.joining(", ", "{ ", " }")))
        .collect(Collectors.joining(", ")) + "]";
  }

  @Override
  public int requiredParallelism() {
    return 1;
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = rowSchema();
    RelDataType empty = typeFactory.createStructType(List.of(), List.of());
    Row input = new Row(new RowSchema(List.of()));
    List<Row> rows = new ArrayList<>();
    for (List<RexNode> tuple : tuples) {
      GeneratedCode<RowTransform> code = context.codeGenerator().calc("Values", empty, tuple,
          null, schema);
      rows.add(code.newInstance().apply(input).copy());
    }
    return context.addSource(this, InMemorySource.bounded(List.of(rows)),
        WatermarkStrategy.noWatermarks());
  }
}
