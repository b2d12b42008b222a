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
import io.eddy.runtime.function.FieldProjection;
import io.eddy.runtime.operators.CalcOperator;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Reads a connector table: its stored columns (physical and metadata, in declaration order) from
 * the table's source, with the table's watermark computed per split at the source. The source
 * produces physical columns first and metadata after them; when that differs from declaration
 * order a chained projection restores it.
 */
public final class ScanNode extends PhysicalNode {

  private final ObjectIdentifier identifier;
  private final CatalogTable table;
  private final Optional<RexNode> watermark;
  private final String rowtime;
  private final RelDataTypeFactory typeFactory;

  /**
   * @param rowType the stored columns, in declaration order
   * @param watermark the watermark expression over {@code rowType}, if the table has one
   * @param rowtime the rowtime column's name (for plans), empty without a watermark
   */
  public ScanNode(ObjectIdentifier identifier, CatalogTable table, RelDataType rowType,
      Optional<RexNode> watermark, String rowtime, RelDataTypeFactory typeFactory) {
    super(rowType, List.of(), ChangelogMode.INSERT_ONLY);
    this.identifier = requireNonNull(identifier, "identifier is null");
    this.table = requireNonNull(table, "table is null");
    this.watermark = requireNonNull(watermark, "watermark is null");
    this.rowtime = requireNonNull(rowtime, "rowtime is null");
    this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
  }

  /** The same scan with a watermark over its row. */
  public ScanNode withWatermark(RexNode expression, String rowtimeName) {
    return new ScanNode(identifier, table, rowType(), Optional.of(expression), rowtimeName,
        typeFactory);
  }

  /** Whether the scan computes watermarks. */
  public boolean hasWatermark() {
    return watermark.isPresent();
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
          + ExpressionPrinter.print(watermark.get(), rowType().getFieldNames()) + "]";
    }
    return text;
  }

  @Override
  public int translate(TranslationContext context) {
    List<Column> stored = table.schema().columns().stream()
        .filter(column -> !(column instanceof Column.ComputedColumn)).toList();
    RowSchema storedSchema = rowSchema();
    List<Integer> physicalPositions = new ArrayList<>();
    List<Integer> metadataPositions = new ArrayList<>();
    List<String> metadataKeys = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      if (stored.get(i) instanceof Column.MetadataColumn metadata) {
        metadataPositions.add(i);
        metadataKeys.add(metadata.effectiveKey());
      } else {
        physicalPositions.add(i);
      }
    }
    int[] producedOrder = new int[stored.size()];
    List<RowSchema.Field> physicalFields = new ArrayList<>();
    List<RowSchema.Field> producedFields = new ArrayList<>();
    int next = 0;
    for (int position : physicalPositions) {
      physicalFields.add(storedSchema.fields().get(position));
      producedFields.add(storedSchema.fields().get(position));
      producedOrder[next++] = position;
    }
    for (int position : metadataPositions) {
      producedFields.add(storedSchema.fields().get(position));
      producedOrder[next++] = position;
    }
    RowSchema physicalSchema = new RowSchema(physicalFields);
    List<Integer> projection = IntStream.range(0, physicalFields.size()).boxed()
        .toList();
    WatermarkStrategy watermarks = watermarkStrategy(context, producedOrder);
    Source<?> source = context.connectors().createSource(identifier, table, physicalSchema,
        projection, metadataKeys, watermarks);
    int vertex = context.addSource(this, source, watermarks);
    if (isIdentity(producedOrder)) {
      return vertex;
    }
    int[] declarationToProduced = new int[producedOrder.length];
    for (int i = 0; i < producedOrder.length; i++) {
      declarationToProduced[producedOrder[i]] = i;
    }
    RowSchema declared = storedSchema;
    return context.addOperatorAfter(this, "reorder columns", vertex,
        () -> new CalcOperator(new FieldProjection(declared, declarationToProduced)));
  }

  private WatermarkStrategy watermarkStrategy(TranslationContext context, int[] producedOrder) {
    if (watermark.isEmpty()) {
      return WatermarkStrategy.noWatermarks();
    }
    int[] storedToProduced = new int[producedOrder.length];
    for (int i = 0; i < producedOrder.length; i++) {
      storedToProduced[producedOrder[i]] = i;
    }
    RexNode overProduced = watermark.get().accept(new RexPermuteInputsShuttle(
        Mappings.target(IntStream.of(storedToProduced).boxed().toList(), producedOrder.length)));
    RelDataType producedType = producedType(producedOrder);
    GeneratedCode<ToLongFunction<Row>> code = context.codeGenerator().timestamp(
        "Watermark_" + identifier.objectName(), producedType, overProduced);
    ToLongFunction<Row> expression = code.newInstance();
    return WatermarkStrategy.fromExpression(expression);
  }

  private RelDataType producedType(int[] producedOrder) {
    List<RelDataType> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int position : producedOrder) {
      types.add(rowType().getFieldList().get(position).getType());
      names.add(rowType().getFieldNames().get(position));
    }
    return typeFactory.createStructType(types, names);
  }

  private static boolean isIdentity(int[] order) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] != i) {
        return false;
      }
    }
    return true;
  }

  /** The scanned table. */
  public ObjectIdentifier identifier() {
    return identifier;
  }

  /** Field types of the row, for the runtime. */
  public RowSchema storedSchema() {
    return FieldTypes.rowSchema(rowType());
  }
}
