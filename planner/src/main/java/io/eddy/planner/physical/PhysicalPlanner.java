package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.convert.NodeConverters;
import io.eddy.planner.physical.nodes.ScanNode;
import io.eddy.planner.schema.ObjectLookup;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.rel.RelNode;

/**
 * Turns an optimized logical plan into the streaming physical plan, node by node with the
 * {@link NodeConverter}s. A logical node reached twice (a statement set's shared input) becomes
 * one physical node. A node no converter handles is refused as not supported.
 *
 * <p>Scans of one table read by one source ({@value #REUSE_SOURCE}, on by default as in Flink):
 * scans reading the same columns become one node; scans reading different columns are found in a
 * first pass and become, in a second pass ({@link #withSharedScans}), one scan of the union of
 * their columns, each reader keeping its own projection.
 */
public final class PhysicalPlanner {

  /** Flink's option for sharing one source among the scans of a table. */
  public static final String REUSE_SOURCE = "table.optimizer.reuse-source-enabled";

  private final ObjectLookup objects;
  private final Map<String, String> configuration;
  private final List<NodeConverter> converters;
  private final TableConnectors connectors;
  private final Map<RelNode, PhysicalNode> converted = new IdentityHashMap<>();
  private final boolean reuseSources;
  private final Map<ScanNode.SourceIdentity, List<Integer>> sharedColumns;
  private final Map<List<Object>, ScanNode> sharedScans = new HashMap<>();

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
    this(objects, configuration, converters, connectors, Map.of());
  }

  private PhysicalPlanner(ObjectLookup objects, Map<String, String> configuration,
      List<NodeConverter> converters, TableConnectors connectors,
      Map<ScanNode.SourceIdentity, List<Integer>> sharedColumns) {
    this.objects = requireNonNull(objects, "objects is null");
    this.configuration = Map.copyOf(requireNonNull(configuration, "configuration is null"));
    this.converters = List.copyOf(requireNonNull(converters, "converters is null"));
    this.connectors = connectors;
    this.sharedColumns = Map.copyOf(sharedColumns);
    this.reuseSources = !"false".equalsIgnoreCase(
        this.configuration.getOrDefault(REUSE_SOURCE, "true").trim());
  }

  /**
   * The scan a projection reads instead of {@code scan}: with source reuse, one node per table and
   * set of columns, reading the union of the columns every scan of the table reads once a first
   * pass has seen them all. The caller maps its field references through the stored columns.
   */
  public ScanNode sharedScan(ScanNode scan) {
    if (!reuseSources) {
      return scan;
    }
    ScanNode.SourceIdentity identity = scan.sourceIdentity();
    List<Integer> columns = sharedColumns.getOrDefault(identity, scan.readStoredFields());
    return sharedScans.computeIfAbsent(List.of(identity, columns),
        key -> columns.equals(scan.readStoredFields()) ? scan : scan.readingStored(columns));
  }

  /**
   * The scan to use for {@code scan} where nothing above it remaps field references (a scan read
   * whole): with source reuse, the one node per table that reads exactly these columns.
   */
  public ScanNode sharedWholeScan(ScanNode scan) {
    if (!reuseSources) {
      return scan;
    }
    return sharedScans.computeIfAbsent(List.of(scan.sourceIdentity(), scan.readStoredFields()),
        key -> scan);
  }

  /**
   * A fresh planner for a second pass over the same statements when the plans this one made
   * ({@code roots}) scan a table for different columns: there, those scans become one reading the
   * union. Empty when there is nothing more to share (or reuse is off).
   */
  public Optional<PhysicalPlanner> withSharedScans(List<PhysicalNode> roots) {
    if (!reuseSources) {
      return Optional.empty();
    }
    Map<ScanNode.SourceIdentity, Set<List<Integer>>> requestedColumns = new LinkedHashMap<>();
    Set<PhysicalNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<PhysicalNode> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      PhysicalNode node = pending.pop();
      if (!visited.add(node)) {
        continue;
      }
      if (node instanceof ScanNode scan) {
        requestedColumns.computeIfAbsent(scan.sourceIdentity(), key -> new LinkedHashSet<>())
            .add(scan.readStoredFields());
      }
      pending.addAll(node.inputs());
    }
    Map<ScanNode.SourceIdentity, List<Integer>> unions = new HashMap<>();
    requestedColumns.forEach((identity, requests) -> {
      if (requests.size() > 1) {
        TreeSet<Integer> union = new TreeSet<>();
        requests.forEach(union::addAll);
        unions.put(identity, List.copyOf(union));
      }
    });
    if (unions.isEmpty() || unions.equals(sharedColumns)) {
      return Optional.empty();
    }
    return Optional.of(new PhysicalPlanner(objects, configuration, converters, connectors, unions));
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
