package io.eddy.engine.ddl;

import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.PrimaryKey;
import io.eddy.catalog.TableSchema;
import io.eddy.catalog.WatermarkSpec;
import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.DataTypeParseException;
import io.eddy.catalog.types.DataTypeParser;
import io.eddy.engine.error.StatementException;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlMetadataColumn;
import io.eddy.parser.ddl.SqlPhysicalColumn;
import io.eddy.parser.ddl.SqlPrimaryKey;
import io.eddy.parser.ddl.SqlTableColumn;
import io.eddy.parser.type.TypeSpecs;
import io.eddy.planner.schema.CatalogManagerLookup;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.planner.types.TypeConverter;
import io.eddy.planner.validate.PlanningContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;

/**
 * Turns the definition in a {@code CREATE TABLE} into a {@link CatalogTable}: column types,
 * computed column types derived by validating their expressions over the other columns, the
 * watermark checked the same way, primary key, partition keys, comment and options.
 *
 * <p>An adapter until the planner converts DDL itself; it only uses the planner's public
 * validation context and type conversion.
 */
final class TableDefinitions {

    private final PlanningContext planning;
    private final TypeConverter types;

    TableDefinitions(CatalogManager catalogs) {
        EddyTypeFactory typeFactory = new EddyTypeFactory();
        EddySqlParser parser = new EddySqlParser();
        this.planning = new PlanningContext(new CatalogManagerLookup(catalogs), typeFactory, parser::parseStatement);
        this.types = new TypeConverter(typeFactory);
    }

    /** The columns, watermark and key of a {@code CREATE TABLE}, appended to {@code inherited} columns. */
    TableSchema schema(SqlCreateTable create, List<Column> inherited, Optional<WatermarkSpec> inheritedWatermark,
            Optional<PrimaryKey> inheritedKey) {
        Map<String, RelDataType> readable = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>(inherited);
        for (Column column : inherited) {
            if (!(column instanceof Column.ComputedColumn)) {
                readable.put(column.name(), types.toRelDataType(column.type()));
            }
        }
        List<SqlComputedColumn> computed = new ArrayList<>();
        for (SqlTableColumn column : create.columns()) {
            if (inherited.stream().anyMatch(c -> c.name().equals(column.name()))) {
                throw StatementException.invalid(column, "Column `" + column.name()
                        + "` is already defined by the table in LIKE", "Rename the column");
            }
            if (column instanceof SqlComputedColumn c) {
                computed.add(c);
                columns.add(null);
                continue;
            }
            Column converted = stored(column);
            columns.add(converted);
            readable.put(converted.name(), types.toRelDataType(converted.type()));
        }
        int next = inherited.size();
        for (SqlComputedColumn c : computed) {
            while (columns.get(next) != null) {
                next++;
            }
            DataType type = types.toDataType(planning.validateExpression(c.expression(), readable));
            columns.set(next, new Column.ComputedColumn(c.name(), type, EddySqlParser.toSql(c.expression()),
                    Optional.ofNullable(c.comment())));
        }
        Optional<WatermarkSpec> watermark = create.watermark().map(w -> {
            Map<String, RelDataType> all = new LinkedHashMap<>();
            columns.forEach(column -> all.put(column.name(), types.toRelDataType(column.type())));
            planning.validateExpression(w.strategy(), all);
            return new WatermarkSpec(w.eventTimeColumn().toString(), EddySqlParser.toSql(w.strategy()));
        }).or(() -> inheritedWatermark);
        Optional<PrimaryKey> key = create.primaryKey().map(TableDefinitions::primaryKey).or(() -> inheritedKey);
        return new TableSchema(columns, watermark, key);
    }

    /** A table of a schema with the statement's comment, partition keys and options. */
    static CatalogTable table(SqlCreateTable create, TableSchema schema, List<String> partitionKeys,
            Map<String, String> options) {
        return new CatalogTable(schema, Optional.ofNullable(create.comment()), partitionKeys, options);
    }

    private Column stored(SqlTableColumn column) {
        Optional<String> comment = Optional.ofNullable(column.comment());
        if (column instanceof SqlPhysicalColumn physical) {
            return new Column.PhysicalColumn(column.name(), type(physical.type()), comment);
        }
        SqlMetadataColumn metadata = (SqlMetadataColumn) column;
        return new Column.MetadataColumn(column.name(), type(metadata.type()),
                Optional.ofNullable(metadata.metadataKey()), metadata.isVirtual(), comment);
    }

    private static DataType type(SqlDataTypeSpec spec) {
        DataType type;
        try {
            type = DataTypeParser.parse(EddySqlParser.toSql(spec));
        } catch (DataTypeParseException e) {
            throw StatementException.invalid(spec, e.getMessage().replace("`", ""),
                    "Use a Flink SQL type such as INT, BIGINT, DECIMAL(10, 2), STRING or TIMESTAMP(3)");
        }
        return TypeSpecs.isNullable(spec) ? type : type.notNull();
    }

    private static PrimaryKey primaryKey(SqlPrimaryKey key) {
        if (key.isEnforced()) {
            throw StatementException.invalid(key, "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint",
                    "Declare the key NOT ENFORCED: the engine trusts it but does not check it");
        }
        return key.constraintName() == null ? PrimaryKey.of(key.columns())
                : new PrimaryKey(key.constraintName(), key.columns());
    }
}
