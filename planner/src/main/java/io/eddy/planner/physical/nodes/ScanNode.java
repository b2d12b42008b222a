package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.ExpressionPrinter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.planner.types.FieldTypes;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operators.CalcOperator;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Reads a connector table: some of its stored columns (physical and metadata), with the table's
 * watermark computed per split at the source. The source decodes only the columns read; it
 * produces physical columns first and metadata after them, and when that differs from the order
 * of the read columns a chained projection restores it.
 */
public final class ScanNode extends PhysicalNode {

  private final ObjectIdentifier identifier;
  private final CatalogTable table;
  private final RelDataType storedRowType;
  private final List<Integer> readFields;
  private final Optional<RexNode> watermark;
  private final String rowtime;
  private final RelDataTypeFactory typeFactory;

  /**
   * A scan of every stored column, without watermark.
   *
   * @param storedRowType the stored columns, in declaration order
   */
  public ScanNode(ObjectIdentifier identifier, CatalogTable table, RelDataType storedRowType,
      RelDataTypeFactory typeFactory) {
    this(identifier, table, storedRowType, typeFactory, ChangelogMode.INSERT_ONLY);
  }

  /**
   * A scan of every stored column, without watermark, of a source emitting {@code changelogMode}
   * (an upsert or CDC source).
   */
  public ScanNode(ObjectIdentifier identifier, CatalogTable table, RelDataType storedRowType,
      RelDataTypeFactory typeFactory, ChangelogMode changelogMode) {
    this(identifier, table, storedRowType,
        IntStream.range(0, storedRowType.getFieldCount()).boxed().toList(), Optional.empty(), "",
        typeFactory, changelogMode);
  }

  private ScanNode(ObjectIdentifier identifier, CatalogTable table, RelDataType storedRowType,
      List<Integer> readFields, Optional<RexNode> watermark, String rowtime,
      RelDataTypeFactory typeFactory, ChangelogMode changelogMode) {
    super(projectedType(storedRowType, readFields, typeFactory), List.of(), changelogMode);
    this.identifier = requireNonNull(identifier, "identifier is null");
    this.table = requireNonNull(table, "table is null");
    this.storedRowType = storedRowType;
    this.readFields = List.copyOf(readFields);
    this.watermark = requireNonNull(watermark, "watermark is null");
    this.rowtime = requireNonNull(rowtime, "rowtime is null");
    this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
  }

  private static RelDataType projectedType(RelDataType stored, List<Integer> fields,
      RelDataTypeFactory typeFactory) {
    List<RelDataType> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int field : fields) {
      types.add(stored.getFieldList().get(field).getType());
      names.add(stored.getFieldNames().get(field));
    }
    return typeFactory.createStructType(types, names);
  }

  /**
   * The same scan with a watermark; {@code expression} is over this scan's row, which must read
   * every stored column.
   */
  public ScanNode withWatermark(RexNode expression, String rowtimeName) {
    if (readFields.size() != storedRowType.getFieldCount()) {
      throw new IllegalStateException("A watermark is set before columns are pruned");
    }
    return new ScanNode(identifier, table, storedRowType, readFields, Optional.of(expression),
        rowtimeName, typeFactory, changelogMode());
  }

  /**
   * A scan reading only the given fields of this scan's row (ascending), plus those the
   * watermark needs. The result's row holds them in ascending order of this row's positions.
   */
  public ScanNode pruned(ImmutableBitSet usedFields) {
    TreeSet<Integer> stored = new TreeSet<>();
    for (int field : usedFields) {
      stored.add(readFields.get(field));
    }
    watermark.ifPresent(expression -> RelOptUtil.InputFinder.bits(expression)
        .forEach(stored::add));
    return new ScanNode(identifier, table, storedRowType, List.copyOf(stored), watermark, rowtime,
        typeFactory, changelogMode());
  }

  /**
   * What two scans must share to be read by one source: the table and its options, the stored
   * columns, the watermark and the changelog mode; not the columns they read.
   */
  public SourceIdentity sourceIdentity() {
    return new SourceIdentity(identifier, table, storedRowType.getFullTypeString(),
        watermark.map(expression -> rowtime + ": "
            + ExpressionPrinter.print(expression, storedRowType.getFieldNames())).orElse(""),
        changelogMode());
  }

  /** The stored columns this scan reads, ascending. */
  public List<Integer> readStoredFields() {
    return readFields;
  }

  /**
   * The same source reading the given stored columns (ascending, a superset of what the watermark
   * needs), so that several scans of one table can become one.
   */
  public ScanNode readingStored(List<Integer> storedFields) {
    return new ScanNode(identifier, table, storedRowType, storedFields, watermark, rowtime,
        typeFactory, changelogMode());
  }

  /**
   * The identity of a scan's source, as {@link #sourceIdentity()} defines it.
   *
   * @param storedType the stored columns' full type text
   * @param watermark the rowtime and watermark expression, or empty
   */
  public record SourceIdentity(ObjectIdentifier identifier, CatalogTable table, String storedType,
      String watermark, ChangelogMode changelogMode) {

    public SourceIdentity {
      requireNonNull(identifier, "identifier is null");
      requireNonNull(table, "table is null");
      requireNonNull(storedType, "storedType is null");
      requireNonNull(watermark, "watermark is null");
      requireNonNull(changelogMode, "changelogMode is null");
    }
  }

  /** The position in this scan's row of stored column {@code storedField}, or -1. */
  public int positionOfStored(int storedField) {
    return readFields.indexOf(storedField);
  }

  /** The stored column read at {@code position} of this scan's row. */
  public int storedFieldAt(int position) {
    return readFields.get(position);
  }

  @Override
  public String name() {
    return "TableSourceScan";
  }

  @Override
  public String attributes() {
    String text = "table=[" + identifier.asSerializableString() + "], fields=["
        + String.join(", ", rowType().getFieldNames()) + "]";
    if (watermark.isPresent()) {
      text += ", watermark=[" + rowtime + ": "
          + ExpressionPrinter.print(watermark.get(), storedRowType.getFieldNames()) + "]";
    }
    return text;
  }

  @Override
  public int translate(TranslationContext context) {
    List<Column> stored = table.schema().columns().stream()
        .filter(column -> !(column instanceof Column.ComputedColumn)).toList();
    RowSchema storedSchema = FieldTypes.rowSchema(storedRowType);
    List<RowSchema.Field> physicalFields = new ArrayList<>();
    List<Integer> physicalIndexOfStored = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      physicalIndexOfStored.add(stored.get(i) instanceof Column.MetadataColumn ? -1
          : physicalFields.size());
      if (!(stored.get(i) instanceof Column.MetadataColumn)) {
        physicalFields.add(storedSchema.fields().get(i));
      }
    }
    List<Integer> projection = new ArrayList<>();
    List<Integer> producedOrder = new ArrayList<>();
    for (int field : readFields) {
      if (physicalIndexOfStored.get(field) >= 0) {
        projection.add(physicalIndexOfStored.get(field));
        producedOrder.add(field);
      }
    }
    List<String> metadataKeys = new ArrayList<>();
    for (int field : readFields) {
      if (stored.get(field) instanceof Column.MetadataColumn metadata) {
        metadataKeys.add(metadata.effectiveKey());
        producedOrder.add(field);
      }
    }
    WatermarkStrategy watermarks = watermarkStrategy(context, producedOrder);
    Source<?> source = context.connectors().createSource(identifier, table,
        new RowSchema(physicalFields), projection, metadataKeys, watermarks);
    int vertex = context.addSource(this, source, watermarks);
    if (producedOrder.equals(readFields)) {
      return vertex;
    }
    int[] readToProduced = readFields.stream().mapToInt(producedOrder::indexOf).toArray();
    RowSchema output = rowSchema();
    RowSchema produced = new RowSchema(producedOrder.stream()
        .map(field -> output.fields().get(readFields.indexOf(field))).toList());
    GeneratedCode<RowTransform> reorder = context.codeGenerator().fieldProjection("Fields",
        produced, readToProduced, output);
    return context.addOperatorAfter(this, "reorder columns", vertex,
        () -> new CalcOperator(reorder.newInstance()));
  }

  private WatermarkStrategy watermarkStrategy(TranslationContext context,
      List<Integer> producedOrder) {
    if (watermark.isEmpty()) {
      return WatermarkStrategy.noWatermarks();
    }
    RexNode overProduced = watermark.get().accept(new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return new RexInputRef(producedOrder.indexOf(reference.getIndex()), reference.getType());
      }
    });
    RelDataType producedType = projectedType(storedRowType, producedOrder, typeFactory);
    GeneratedCode<ToLongFunction<Row>> code = context.codeGenerator().timestamp(
        "Watermark_" + identifier.objectName(), producedType, overProduced);
    return WatermarkStrategy.fromExpression(code.newInstance());
  }

  /** The scanned table. */
  public ObjectIdentifier identifier() {
    return identifier;
  }
}
