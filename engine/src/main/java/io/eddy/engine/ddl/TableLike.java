package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.engine.error.StatementException;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlTableLike;
import io.eddy.parser.ddl.SqlTableLike.Feature;
import io.eddy.parser.ddl.SqlTableLike.LikeOption;
import io.eddy.parser.ddl.SqlTableLike.MergingStrategy;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code CREATE TABLE ... LIKE source (options)} takes from the source table, by Flink's
 * rules: physical columns always; computed columns ({@code GENERATED}), metadata columns,
 * watermark, primary key ({@code CONSTRAINTS}), partition keys and options unless excluded.
 * Without options, {@code INCLUDING ALL OVERWRITING OPTIONS} applies. With {@code INCLUDING}, a
 * feature defined in both tables is an error; with {@code OVERWRITING} the new table's wins.
 */
final class TableLike {

    private final SqlTableLike like;
    private final CatalogTable source;
    private final Map<Feature, MergingStrategy> strategies = new EnumMap<>(Feature.class);

    TableLike(SqlTableLike like, CatalogTable source) {
        this.like = like;
        this.source = source;
        for (Feature feature : Feature.values()) {
            strategies.put(feature, MergingStrategy.INCLUDING);
        }
        strategies.put(Feature.OPTIONS, MergingStrategy.OVERWRITING);
        for (LikeOption option : like.options()) {
            if (option.feature() == Feature.ALL) {
                for (Feature feature : Feature.values()) {
                    strategies.put(feature, option.strategy());
                }
            } else {
                strategies.put(option.feature(), option.strategy());
            }
        }
    }

    /** The source's columns the new table starts with. */
    List<Column> columns() {
        return source.schema().columns().stream().filter(column -> switch (column.kind()) {
            case "computed" -> included(Feature.GENERATED);
            case "metadata" -> included(Feature.METADATA);
            default -> true;
        }).map(column -> column.withType(Types.withoutTimeAttribute(column.type()))).toList();
    }

    Optional<WatermarkSpec> watermark(SqlCreateTable create) {
        return inherit(Feature.WATERMARKS, source.schema().watermark(), create.watermark().isPresent(),
                "a watermark");
    }

    Optional<PrimaryKey> primaryKey(SqlCreateTable create) {
        return inherit(Feature.CONSTRAINTS, source.schema().primaryKey(), create.primaryKey().isPresent(),
                "a primary key");
    }

    List<String> partitionKeys(SqlCreateTable create) {
        return inherit(Feature.PARTITIONS, Optional.of(source.partitionKeys()).filter(keys -> !keys.isEmpty()),
                !create.partitionKeys().isEmpty(), "partition keys").orElse(create.partitionKeys());
    }

    Map<String, String> options(SqlCreateTable create) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (included(Feature.OPTIONS)) {
            merged.putAll(source.options());
        }
        for (Map.Entry<String, String> option : create.options().entrySet()) {
            if (strategies.get(Feature.OPTIONS) == MergingStrategy.INCLUDING && merged.containsKey(option.getKey())) {
                throw StatementException.invalid(like, "Option '" + option.getKey()
                        + "' is defined in both the new table and the table in LIKE",
                        "Use OVERWRITING OPTIONS to let the new value win");
            }
            merged.put(option.getKey(), option.getValue());
        }
        return merged;
    }

    private <T> Optional<T> inherit(Feature feature, Optional<T> inherited, boolean redefined, String what) {
        if (!included(feature) || inherited.isEmpty()) {
            return Optional.empty();
        }
        if (redefined) {
            if (strategies.get(feature) == MergingStrategy.INCLUDING) {
                throw StatementException.invalid(like, "The table in LIKE already has " + what
                        + ", and the new table defines one too",
                        "Use OVERWRITING " + feature + " or EXCLUDING " + feature);
            }
            return Optional.empty();
        }
        return inherited;
    }

    private boolean included(Feature feature) {
        return strategies.get(feature) != MergingStrategy.EXCLUDING;
    }
}
