package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.convert.NodeConverters;
import io.eddy.planner.schema.ObjectLookup;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;

/**
 * Turns an optimized logical plan into the streaming physical plan, node by node with the
 * {@link NodeConverter}s. A logical node reached twice (a statement set's shared input) becomes
 * one physical node. A node no converter handles is refused as not supported.
 */
public final class PhysicalPlanner {

  private final ObjectLookup objects;
  private final Map<String, String> configuration;
  private final List<NodeConverter> converters;
  private final TableConnectors connectors;
  private final Map<RelNode, PhysicalNode> converted = new IdentityHashMap<>();

  public PhysicalPlanner(ObjectLookup objects, Map<String, String> configuration) {
    this(objects, configuration, NodeConverters.ALL);
  }

  public PhysicalPlanner(ObjectLookup objects, Map<String, String> configuration,
      List<NodeConverter> converters) {
    this(objects, configuration, converters, null);
  }

  /**
   * A planner that asks {@code connectors} what their sources emit; without them (null) every
   * source is taken as insert-only.
   */
  public PhysicalPlanner(ObjectLookup objects, Map<String, String> configuration,
      List<NodeConverter> converters, TableConnectors connectors) {
    this.objects = requireNonNull(objects, "objects is null");
    this.configuration = Map.copyOf(requireNonNull(configuration, "configuration is null"));
    this.converters = List.copyOf(requireNonNull(converters, "converters is null"));
    this.connectors = connectors;
  }

  /** The physical node of a logical node. */
  public PhysicalNode convert(RelNode node) {
    PhysicalNode existing = converted.get(node);
    if (existing != null) {
      return existing;
    }
    for (NodeConverter converter : converters) {
      Optional<PhysicalNode> result = converter.convert(node, this);
      if (result.isPresent()) {
        converted.put(node, result.get());
        return result.get();
      }
    }
    throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
        UnsupportedNodes.describe(node) + " is not supported yet");
  }

  /** The catalogs, for converters that need a table's definition. */
  public ObjectLookup objects() {
    return objects;
  }

  /** What a scan of {@code table} emits, as its connector says. */
  public ChangelogMode sourceChangelogMode(CatalogTable table) {
    return connectors == null ? ChangelogMode.INSERT_ONLY : connectors.sourceChangelogMode(table);
  }

  /** The session's configuration ({@code SET} keys). */
  public Map<String, String> configuration() {
    return configuration;
  }
}
