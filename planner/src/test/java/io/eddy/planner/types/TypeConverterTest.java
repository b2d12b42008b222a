package io.eddy.planner.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.DataTypeParser;
import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimestampType;
import io.eddy.planner.PlannerException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeConverterTest {

  private final EddyTypeFactory typeFactory = new EddyTypeFactory();
  private final TypeConverter converter = new TypeConverter(typeFactory);

  @ParameterizedTest
  @ValueSource(strings = {
      "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "BOOLEAN", "DATE",
      "INT NOT NULL", "DECIMAL(10, 0)", "DECIMAL(38, 18) NOT NULL", "DECIMAL(1, 1)",
      "CHAR(1)", "CHAR(20) NOT NULL", "VARCHAR(1)", "VARCHAR(255)", "STRING", "STRING NOT NULL",
      "BINARY(3)", "VARBINARY(16)", "BYTES", "TIME(0)", "TIME(3) NOT NULL",
      "TIMESTAMP(0)", "TIMESTAMP(3)", "TIMESTAMP(6) NOT NULL", "TIMESTAMP(9)",
      "TIMESTAMP_LTZ(3)", "TIMESTAMP_LTZ(9) NOT NULL",
      "ARRAY<INT>", "ARRAY<STRING NOT NULL> NOT NULL", "MULTISET<BIGINT>",
      "MULTISET<ARRAY<DOUBLE>> NOT NULL", "MAP<STRING, BIGINT>",
      "MAP<INT NOT NULL, ARRAY<STRING>> NOT NULL",
      "ROW<`a` INT, `b` STRING>", "ROW<`a` INT NOT NULL, `b` ROW<`c` TIMESTAMP_LTZ(3)>>",
      "ROW<`x` MAP<STRING, ROW<`y` BYTES NOT NULL>>> NOT NULL",
      "ARRAY<ROW<`name` STRING, `tags` MULTISET<STRING>>>"})
  void everyTypeSurvivesTheRoundTrip(String text) {
    DataType type = DataTypeParser.parse(text);

    DataType back = converter.toDataType(converter.toRelDataType(type));

    assertThat(back).isEqualTo(type);
    assertThat(back.asSerializableString()).isEqualTo(text);
  }

  @Test
  void stringIsTheLongestVarchar() {
    RelDataType type = converter.toRelDataType(DataTypeParser.parse("STRING NOT NULL"));

    assertThat(type.getSqlTypeName()).isEqualTo(SqlTypeName.VARCHAR);
    assertThat(type.getPrecision()).isEqualTo(Integer.MAX_VALUE);
    assertThat(type.isNullable()).isFalse();
  }

  @Test
  void localZonedTimestampIsCalcitesTimestampWithLocalTimeZone() {
    RelDataType type = converter.toRelDataType(DataTypeParser.parse("TIMESTAMP_LTZ(3)"));

    assertThat(type.getSqlTypeName()).isEqualTo(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
    assertThat(type.getPrecision()).isEqualTo(3);
  }

  @Test
  void nullableRowKeepsNotNullFields() {
    RelDataType type = converter.toRelDataType(DataTypeParser.parse("ROW<`a` INT NOT NULL>"));

    assertThat(type.isNullable()).isTrue();
    assertThat(type.getFieldList().get(0).getType().isNullable()).isFalse();
    assertThat(type.getFieldNames()).containsExactly("a");
  }

  @Test
  void timeAttributesSurviveTheRoundTrip() {
    for (TimeAttribute attribute : TimeAttribute.values()) {
      DataType type = new TimestampType(3, false, attribute, false);

      RelDataType relType = converter.toRelDataType(type);

      assertThat(converter.toDataType(relType)).isEqualTo(type);
      assertThat(relType instanceof TimeIndicatorType).isEqualTo(attribute != TimeAttribute.NONE);
    }
    RelDataType rowtime = converter.toRelDataType(
        new TimestampType(3, true, TimeAttribute.ROWTIME, true));
    assertThat(rowtime.getFullTypeString())
        .isEqualTo("TIMESTAMP_WITH_LOCAL_TIME_ZONE(3) *ROWTIME*");
    assertThat(typeFactory.createTypeWithNullability(rowtime, false))
        .isInstanceOf(TimeIndicatorType.class);
    assertThat(typeFactory.withoutTimeIndicators(rowtime))
        .isNotInstanceOf(TimeIndicatorType.class);
  }

  @Test
  void typeSystemHasFlinksLimits() {
    EddyTypeSystem system = EddyTypeSystem.INSTANCE;

    assertThat(system.getMaxPrecision(SqlTypeName.VARCHAR)).isEqualTo(Integer.MAX_VALUE);
    assertThat(system.getMaxPrecision(SqlTypeName.VARBINARY)).isEqualTo(Integer.MAX_VALUE);
    assertThat(system.getMaxPrecision(SqlTypeName.DECIMAL)).isEqualTo(38);
    assertThat(system.getDefaultPrecision(SqlTypeName.TIMESTAMP)).isEqualTo(6);
    assertThat(system.getMaxPrecision(SqlTypeName.TIMESTAMP)).isEqualTo(9);
    assertThat(typeFactory.createSqlType(SqlTypeName.VARCHAR).getPrecision())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void typesWithoutCatalogCounterpartAreRejected() {
    RelDataType nullType = typeFactory.createSqlType(SqlTypeName.NULL);

    assertThatThrownBy(() -> converter.toDataType(nullType))
        .isInstanceOf(PlannerException.class)
        .hasMessage("Type NULL cannot be the type of a column or field");
  }

  @Test
  void calciteSpellingBecomesFlinks() {
    assertThat(TypeNames.flinkSpelling(
        "VARCHAR(2147483647) CHARACTER SET \"UTF-16LE\", INTEGER, TIMESTAMP(3) WITH LOCAL TIME ZONE"))
        .isEqualTo("STRING, INT, TIMESTAMP_LTZ(3)");
  }
}
