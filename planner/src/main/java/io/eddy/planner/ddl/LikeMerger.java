package io.eddy.planner.ddl;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlTableLike;
import io.eddy.parser.ddl.SqlTableLike.Feature;
import io.eddy.parser.ddl.SqlTableLike.LikeOption;
import io.eddy.parser.ddl.SqlTableLike.MergingStrategy;
import io.eddy.parser.ddl.SqlWatermark;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.ddl.TableDefinition.ColumnDraft;
import io.eddy.planner.ddl.TableDefinition.Part;
import io.eddy.planner.validate.ValidationErrors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Merges {@code CREATE TABLE ... LIKE source} with Flink's rules. Per feature (CONSTRAINTS,
 * GENERATED, METADATA, OPTIONS, PARTITIONS, WATERMARKS) the strategy is INCLUDING (take the
 * source's; declaring it again is an error), EXCLUDING (drop the source's) or OVERWRITING (the
 * declared one wins). Defaults: INCLUDING everything except OVERWRITING OPTIONS; options apply
 * in order, so {@code EXCLUDING ALL INCLUDING WATERMARKS} works. Physical columns of the source
 * always come first and cannot be redeclared.
 */
final class LikeMerger {

  private LikeMerger() {
  }

  /** The strategy of every feature after applying the LIKE options in order. */
  static Map<Feature, MergingStrategy> strategies(SqlTableLike like) {
    Map<Feature, MergingStrategy> strategies = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      if (feature != Feature.ALL) {
        strategies.put(feature, feature == Feature.OPTIONS ? MergingStrategy.OVERWRITING
            : MergingStrategy.INCLUDING);
      }
    }
    for (LikeOption option : like.options()) {
      if (option.strategy() == MergingStrategy.OVERWRITING
          && (option.feature() == Feature.CONSTRAINTS || option.feature() == Feature.PARTITIONS)) {
        throw ValidationErrors.at(like.getParserPosition(), Category.VALIDATION,
            "Illegal merging strategy 'OVERWRITING' for '" + option.feature() + "' option");
      }
      if (option.feature() == Feature.ALL) {
        strategies.replaceAll((feature, old) -> option.strategy());
      } else {
        strategies.put(option.feature(), option.strategy());
      }
    }
    return strategies;
  }

  /** The source table merged with the declared definition. */
  static TableDefinition merge(CatalogTable source, SqlTableLike like, TableDefinition declared) {
    Map<Feature, MergingStrategy> strategies = strategies(like);
    SqlParserPos position = like.getParserPosition();
    return new TableDefinition(
        columns(source, declared.columns(), strategies),
        watermark(source, declared, strategies.get(Feature.WATERMARKS)),
        primaryKey(source, declared, strategies.get(Feature.CONSTRAINTS)),
        partitionKeys(source, declared, strategies.get(Feature.PARTITIONS), position),
        strategies.get(Feature.PARTITIONS) == MergingStrategy.INCLUDING
            && !source.partitionKeys().isEmpty() ? null : declared.declaredPartitions(),
        options(source, declared, strategies.get(Feature.OPTIONS), position));
  }

  private static List<ColumnDraft> columns(CatalogTable source, List<ColumnDraft> declared,
      Map<Feature, MergingStrategy> strategies) {
    List<ColumnDraft> merged = new ArrayList<>();
    for (Column column : source.schema().columns()) {
      MergingStrategy strategy = column.isPhysical() ? MergingStrategy.INCLUDING
          : strategies.get(column instanceof Column.ComputedColumn ? Feature.GENERATED
              : Feature.METADATA);
      if (strategy != MergingStrategy.EXCLUDING) {
        merged.add(new ColumnDraft(column.name(), column, null));
      }
    }
    for (ColumnDraft draft : declared) {
      int existing = indexOf(merged, draft.name());
      if (existing < 0) {
        merged.add(draft);
        continue;
      }
      ColumnDraft base = merged.get(existing);
      SqlParserPos position = draft.declared().nameNode().getParserPosition();
      if (base.isPhysical()) {
        throw ValidationErrors.at(position, Category.VALIDATION,
            "A column named '" + draft.name() + "' already exists in the base table");
      }
      Feature feature = base.isMetadata() ? Feature.METADATA : Feature.GENERATED;
      String kind = base.isMetadata() ? "metadata" : "generated";
      if (strategies.get(feature) != MergingStrategy.OVERWRITING) {
        throw ValidationErrors.at(position, Category.VALIDATION,
            "A " + kind + " column named '" + draft.name() + "' already exists in the base"
                + " table. You might want to specify EXCLUDING " + feature + " or OVERWRITING "
                + feature);
      }
      merged.set(existing, draft);
    }
    return merged;
  }

  private static int indexOf(List<ColumnDraft> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static <I, D> Part<I, D> choose(Optional<I> inherited, Part<I, D> declared,
      MergingStrategy strategy, String conflict) {
    if (strategy == MergingStrategy.EXCLUDING || inherited.isEmpty()) {
      return declared;
    }
    if (declared.declared().isEmpty()) {
      return Part.inherited(inherited);
    }
    if (strategy == MergingStrategy.OVERWRITING) {
      return declared;
    }
    throw ValidationErrors.at(((SqlNode) declared.declared().get())
        .getParserPosition(), Category.VALIDATION, conflict);
  }

  private static Part<WatermarkSpec, SqlWatermark> watermark(
      CatalogTable source, TableDefinition declared, MergingStrategy strategy) {
    return choose(source.schema().watermark(), declared.watermark(), strategy,
        "There already exists a watermark spec in the base table. You might want to specify"
            + " EXCLUDING WATERMARKS or OVERWRITING WATERMARKS");
  }

  private static Part<PrimaryKey, SqlPrimaryKey> primaryKey(
      CatalogTable source, TableDefinition declared, MergingStrategy strategy) {
    return choose(source.schema().primaryKey(), declared.primaryKey(), strategy,
        "The base table already has a primary key. You might want to specify EXCLUDING"
            + " CONSTRAINTS");
  }

  private static List<String> partitionKeys(CatalogTable source, TableDefinition declared,
      MergingStrategy strategy, SqlParserPos position) {
    if (strategy == MergingStrategy.EXCLUDING || source.partitionKeys().isEmpty()) {
      return declared.partitionKeys();
    }
    if (!declared.partitionKeys().isEmpty()) {
      throw ValidationErrors.at(declared.declaredPartitions().getParserPosition(),
          Category.VALIDATION, "The base table already has partitions defined. You might want"
              + " to specify EXCLUDING PARTITIONS");
    }
    return source.partitionKeys();
  }

  private static Map<String, String> options(CatalogTable source, TableDefinition declared,
      MergingStrategy strategy, SqlParserPos position) {
    Map<String, String> merged = new LinkedHashMap<>();
    if (strategy != MergingStrategy.EXCLUDING) {
      merged.putAll(source.options());
    }
    for (Map.Entry<String, String> option : declared.options().entrySet()) {
      String old = merged.get(option.getKey());
      if (old != null && strategy == MergingStrategy.INCLUDING) {
        throw ValidationErrors.at(position, Category.VALIDATION,
            "There already exists an option ['" + option.getKey() + "' -> '" + old
                + "'] in the base table. You might want to specify EXCLUDING OPTIONS or"
                + " OVERWRITING OPTIONS");
      }
      merged.put(option.getKey(), option.getValue());
    }
    return merged;
  }
}
