package io.eddy.catalog;

import static io.eddy.catalog.types.DataTypes.BIGINT;
import static io.eddy.catalog.types.DataTypes.INT;
import static io.eddy.catalog.types.DataTypes.STRING;
import static io.eddy.catalog.types.DataTypes.TIMESTAMP;
import static io.eddy.catalog.types.DataTypes.TIMESTAMP_LTZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimestampType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableSchemaTest {

  @Test
  void primaryKeyColumnsBecomeNotNullAndWatermarkMarksRowtime() {
    TableSchema schema = TableSchema.builder()
        .column("id", BIGINT())
        .column("ts", TIMESTAMP(3))
        .watermark("ts", "`ts` - INTERVAL '5' SECOND")
        .primaryKey("id")
        .build();
    assertThat(schema.column("id").orElseThrow().type()).isEqualTo(BIGINT().notNull());
    assertThat(((TimestampType) schema.column("ts").orElseThrow().type()).timeAttribute())
        .isEqualTo(TimeAttribute.ROWTIME);
    assertThat(schema.primaryKey().orElseThrow().name()).isEqualTo("PK_id");
    assertThat(schema.physicalRowType().asSerializableString())
        .isEqualTo("ROW<`id` BIGINT NOT NULL, `ts` TIMESTAMP(3)> NOT NULL");
    assertThat(TableSchema.builder().column("t", TIMESTAMP_LTZ(0)).watermark("t", "t").build()
        .watermark()).isPresent();
  }

  @Test
  void namesAreCaseSensitive() {
    TableSchema schema = TableSchema.builder().column("a", INT()).column("A", INT()).build();
    assertThat(schema.columnNames()).containsExactly("a", "A");
  }

  @Test
  void rejectsDuplicateColumns() {
    assertThatThrownBy(() -> TableSchema.builder().column("a", INT()).column("a", STRING()).build())
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessage("Column `a` is declared twice");
  }

  @Test
  void rejectsBadPrimaryKeys() {
    assertThatThrownBy(() -> TableSchema.builder().column("a", INT()).primaryKey("b").build())
        .hasMessage("Primary key column `b` is not a column of the table");
    assertThatThrownBy(() -> TableSchema.builder().column("a", INT())
        .computed("b", INT(), "a + 1").primaryKey("b").build())
        .hasMessage("Primary key column `b` must be a physical column, but it is a computed column");
    assertThatThrownBy(() -> TableSchema.builder().column("a", INT())
        .metadata("p", INT(), "partition", true).primaryKey("p").build())
        .hasMessage("Primary key column `p` must be a physical column, but it is a metadata column");
    assertThatThrownBy(() -> PrimaryKey.of(List.of("a", "a")))
        .hasMessage("Primary key lists column `a` twice");
    assertThatThrownBy(() -> PrimaryKey.of(List.of()))
        .hasMessage("A primary key needs at least one column");
  }

  @Test
  void rejectsBadWatermarks() {
    assertThatThrownBy(() -> TableSchema.builder().column("a", INT()).watermark("ts", "ts").build())
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessage("Watermark column `ts` is not a column of the table");
    assertThatThrownBy(() -> TableSchema.builder().column("a", BIGINT()).watermark("a", "a").build())
        .hasMessage("Watermark column `a` must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p)"
            + " with p from 0 to 3, but is BIGINT");
    assertThatThrownBy(() -> TableSchema.builder().column("ts", TIMESTAMP(6))
        .watermark("ts", "ts").build())
        .hasMessage("Watermark column `ts` must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p)"
            + " with p from 0 to 3, but is TIMESTAMP(6)");
    assertThatThrownBy(() -> new WatermarkSpec("ts", " "))
        .hasMessage("Watermark for `ts` has an empty expression");
  }

  @Test
  void rejectsBadPartitionKeysAndColumns() {
    TableSchema schema = TableSchema.builder().column("a", INT()).computed("b", INT(), "a").build();
    assertThatThrownBy(() -> new CatalogTable(schema, Optional.empty(), List.of("x"), Map.of()))
        .hasMessage("Partition key `x` is not a column of the table");
    assertThatThrownBy(() -> new CatalogTable(schema, Optional.empty(), List.of("b"), Map.of()))
        .hasMessage("Partition key `b` must be a physical column, but it is a computed column");
    assertThatThrownBy(() -> Column.physical("", INT())).hasMessage("Column names must not be empty");
    assertThatThrownBy(() -> Column.computed("c", INT(), ""))
        .hasMessage("Computed column `c` has an empty expression");
  }

  @Test
  void tableKeepsOptionOrderAndHidesSecretsInToString() {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("connector", "kafka");
    options.put("properties.sasl.jaas.config", "secret-value");
    options.put("topic", "t");
    CatalogTable table = CatalogTable.of(TableSchema.builder().column("a", INT()).build(), options);
    assertThat(table.options().keySet())
        .containsExactly("connector", "properties.sasl.jaas.config", "topic");
    assertThat(table.toString()).doesNotContain("secret-value").contains("******");
    assertThatThrownBy(() -> table.options().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
