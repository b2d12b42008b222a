package io.eddy.parser;

import static io.eddy.parser.ParserTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlPhysicalColumn;
import io.eddy.parser.type.CollectionTypeNameSpec;
import io.eddy.parser.type.MapTypeNameSpec;
import io.eddy.parser.type.RowTypeNameSpec;
import io.eddy.parser.type.TypeSpecs;

class TypeParserTest {

    private static SqlDataTypeSpec columnType(String type) {
        SqlCreateTable table = parse("CREATE TABLE t (c " + type + ")", SqlCreateTable.class);
        return ((SqlPhysicalColumn) table.columns().get(0)).type();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TINYINT | TINYINT | -1 | -2147483648",
        "SMALLINT | SMALLINT | -1 | -2147483648",
        "INT | INTEGER | -1 | -2147483648",
        "INTEGER | INTEGER | -1 | -2147483648",
        "BIGINT | BIGINT | -1 | -2147483648",
        "FLOAT | FLOAT | -1 | -2147483648",
        "DOUBLE | DOUBLE | -1 | -2147483648",
        "DOUBLE PRECISION | DOUBLE | -1 | -2147483648",
        "DECIMAL(10, 2) | DECIMAL | 10 | 2",
        "DEC(5) | DECIMAL | 5 | -2147483648",
        "NUMERIC(38, 18) | DECIMAL | 38 | 18",
        "BOOLEAN | BOOLEAN | -1 | -2147483648",
        "STRING | VARCHAR | 2147483647 | -2147483648",
        "VARCHAR(20) | VARCHAR | 20 | -2147483648",
        "CHAR(3) | CHAR | 3 | -2147483648",
        "BYTES | VARBINARY | 2147483647 | -2147483648",
        "BINARY(4) | BINARY | 4 | -2147483648",
        "VARBINARY(8) | VARBINARY | 8 | -2147483648",
        "DATE | DATE | -1 | -2147483648",
        "TIME(3) | TIME | 3 | -2147483648",
        "TIMESTAMP(3) | TIMESTAMP | 3 | -2147483648",
        "TIMESTAMP(6) WITHOUT TIME ZONE | TIMESTAMP | 6 | -2147483648",
        "TIMESTAMP_LTZ(3) | TIMESTAMP_WITH_LOCAL_TIME_ZONE | 3 | -2147483648",
        "TIMESTAMP(3) WITH LOCAL TIME ZONE | TIMESTAMP_WITH_LOCAL_TIME_ZONE | 3 | -2147483648",
    })
    void basicTypesKeepPrecisionAndScale(String written, SqlTypeName name, int precision, int scale) {
        SqlBasicTypeNameSpec spec = (SqlBasicTypeNameSpec) columnType(written).getTypeNameSpec();
        assertThat(SqlTypeName.get(spec.getTypeName().getSimple())).isEqualTo(name);
        assertThat(spec.getPrecision()).isEqualTo(precision);
        assertThat(spec.getScale()).isEqualTo(scale);
    }

    @Test
    void localTimeZoneTimestampsAreTheSameType() {
        assertThat(columnType("TIMESTAMP_LTZ(3)").equalsDeep(columnType("TIMESTAMP(3) WITH LOCAL TIME ZONE"),
                org.apache.calcite.util.Litmus.IGNORE)).isTrue();
    }

    @Test
    void stringAndBytesEqualTheirLongForms() {
        assertThat(columnType("STRING").equalsDeep(columnType("VARCHAR(2147483647)"),
                org.apache.calcite.util.Litmus.IGNORE)).isTrue();
        assertThat(columnType("BYTES").equalsDeep(columnType("VARBINARY(2147483647)"),
                org.apache.calcite.util.Litmus.IGNORE)).isTrue();
        assertThat(EddySqlParser.toSql(parse("CREATE TABLE t (s STRING, b BYTES)", SqlCreateTable.class)))
                .isEqualTo("CREATE TABLE `t` (`s` STRING, `b` BYTES)");
    }

    @Test
    void arrayKeepsElementNullability() {
        CollectionTypeNameSpec array = (CollectionTypeNameSpec) columnType("ARRAY<INT NOT NULL> NOT NULL")
                .getTypeNameSpec();
        assertThat(array.collectionType()).isEqualTo(SqlTypeName.ARRAY);
        assertThat(TypeSpecs.isNullable(array.elementType())).isFalse();
        assertThat(TypeSpecs.isNullable(columnType("ARRAY<INT NOT NULL> NOT NULL"))).isFalse();
        CollectionTypeNameSpec multiset = (CollectionTypeNameSpec) columnType("MULTISET<STRING>").getTypeNameSpec();
        assertThat(multiset.collectionType()).isEqualTo(SqlTypeName.MULTISET);
        assertThat(TypeSpecs.isNullable(multiset.elementType())).isTrue();
    }

    @Test
    void postfixArrayIsCalcitesCollectionSpec() {
        SqlTypeNameSpec spec = columnType("INT ARRAY").getTypeNameSpec();
        assertThat(spec).isInstanceOf(SqlCollectionTypeNameSpec.class);
    }

    @Test
    void mapKeepsKeyAndValueTypes() {
        MapTypeNameSpec map = (MapTypeNameSpec) columnType("MAP<STRING NOT NULL, ARRAY<BIGINT>>").getTypeNameSpec();
        assertThat(TypeSpecs.isNullable(map.keyType())).isFalse();
        assertThat(map.valueType().getTypeNameSpec()).isInstanceOf(CollectionTypeNameSpec.class);
    }

    @Test
    void rowKeepsFieldsNullabilityAndComments() {
        RowTypeNameSpec row = (RowTypeNameSpec) columnType(
                "ROW<id BIGINT NOT NULL COMMENT 'key', `value` STRING, nested ROW(a INT, b MAP<INT, INT>)>")
                .getTypeNameSpec();
        assertThat(row.fields()).extracting(RowTypeNameSpec.Field::name).containsExactly("id", "value", "nested");
        assertThat(row.fields().get(0).comment()).isEqualTo("key");
        assertThat(TypeSpecs.isNullable(row.fields().get(0).type())).isFalse();
        assertThat(row.fields().get(1).comment()).isNull();
        RowTypeNameSpec nested = (RowTypeNameSpec) row.fields().get(2).type().getTypeNameSpec();
        assertThat(nested.fields()).hasSize(2);
    }

    @Test
    void nestedTypesAreWrittenWithAngleBrackets() {
        SqlCreateTable table = parse("CREATE TABLE t (c ARRAY<ROW<a INT NOT NULL COMMENT 'x', m MAP<STRING, INT>>>"
                + " NOT NULL, d MULTISET<INT>)", SqlCreateTable.class);
        assertThat(EddySqlParser.toSql(table)).isEqualTo("CREATE TABLE `t` (`c` ARRAY<ROW<`a` INTEGER NOT NULL"
                + " COMMENT 'x', `m` MAP<STRING, INTEGER>>> NOT NULL, `d` MULTISET<INTEGER>)");
    }

    @Test
    void nestedTypesRoundTripInCast() {
        ParserTestSupport.roundTrip("SELECT CAST(x AS ARRAY<ROW<a INT NOT NULL, b MAP<STRING, BYTES>>>),"
                + " CAST(y AS MULTISET<DECIMAL(3, 1)>), CAST(z AS TIMESTAMP_LTZ(3)) FROM t");
    }
}
