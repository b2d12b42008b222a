package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.CalcOperator;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/** UNION ALL: the rows of every input, interleaved as they arrive. */
public final class UnionNode extends PhysicalNode {

  public UnionNode(RelDataType rowType, List<PhysicalNode> inputs) {
    super(rowType, inputs, inputs.stream().map(PhysicalNode::changelogMode)
        .reduce(ChangelogMode::union).orElseThrow());
  }

  @Override
  public String name() {
    return "Union";
  }

  @Override
  public String attributes() {
    return "all=[true], union=[" + String.join(", ", rowType().getFieldNames()) + "]";
  }

  @Override
  public boolean readsUpdateBefore(boolean outputUpdateBeforeRead) {
    return outputUpdateBeforeRead;
  }

  @Override
  public boolean passesRowKinds() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    return context.addOperator(this, () -> new CalcOperator(row -> row), true);
  }
}
