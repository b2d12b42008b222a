package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.util.List;

/**
 * The result of a query: every row of the input, gathered on one subtask and handed to the
 * caller's sink (the session's result stream), in the order each producer emitted them.
 */
public final class ResultNode extends PhysicalNode {

  private final Sink<?> sink;

  public ResultNode(PhysicalNode input, Sink<?> sink) {
    super(input.rowType(), List.of(input), input.changelogMode());
    this.sink = requireNonNull(sink, "sink is null");
  }

  @Override
  public String name() {
    return "Result";
  }

  @Override
  public String attributes() {
    return "fields=[" + String.join(", ", rowType().getFieldNames()) + "]";
  }

  @Override
  public InputDistribution inputDistribution(int input) {
    return InputDistribution.SINGLE;
  }

  @Override
  public int requiredParallelism() {
    return 1;
  }

  @Override
  public int translate(TranslationContext context) {
    return context.addOperator(this, SinkWriterOperator.factory(sink));
  }
}
