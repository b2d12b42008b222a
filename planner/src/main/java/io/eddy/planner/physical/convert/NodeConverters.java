package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import java.util.List;

/** Every converter from logical to physical nodes, in the order they are tried. */
public final class NodeConverters {

  /** The converters, most specific first. */
  public static final List<NodeConverter> ALL = List.of(
      new ChangelogScanConverter(),
      new ScanConverter(),
      new WatermarkAssignerConverter(),
      new RankConverter(),
      new CalcConverter(),
      new SortConverter(),
      new ValuesConverter(),
      new UnionConverter(),
      new ExpandConverter(),
      new OverConverter(),
      new WindowAggregateConverter(),
      new GroupAggregateConverter(),
      new WindowTableFunctionConverter(),
      new JoinConverter(),
      new TemporalJoinConverter());

  private NodeConverters() {
  }
}
