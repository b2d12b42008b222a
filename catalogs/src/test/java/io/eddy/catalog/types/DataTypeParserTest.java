package io.eddy.catalog.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DataTypeParserTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "BOOLEAN", "DATE",
      "DECIMAL(10, 0)", "DECIMAL(38, 18)", "CHAR(1)", "CHAR(5)", "VARCHAR(20)", "STRING",
      "BINARY(3)", "VARBINARY(7)", "BYTES", "TIME(0)", "TIME(9)", "TIMESTAMP(3)", "TIMESTAMP(9)",
      "TIMESTAMP_LTZ(3)", "INT NOT NULL", "ARRAY<INT NOT NULL>", "MULTISET<STRING> NOT NULL",
      "MAP<STRING NOT NULL, ARRAY<BIGINT>>",
      "ROW<`name` STRING, `age` INT NOT NULL 'years', `it``s` ROW<`x` DOUBLE 'it''s'>>",
      "ROW<>"})
  void serializedFormRoundTrips(String text) {
    DataType type = DataTypeParser.parse(text);
    assertThat(type.asSerializableString()).isEqualTo(text);
    assertThat(DataTypeParser.parse(type.asSerializableString())).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "decimal | DECIMAL(10, 0)",
      "DECIMAL(5) | DECIMAL(5, 0)",
      "NUMERIC(7,2) | DECIMAL(7, 2)",
      "DEC | DECIMAL(10, 0)",
      "integer | INT",
      "REAL | FLOAT",
      "DOUBLE PRECISION | DOUBLE",
      "CHAR | CHAR(1)",
      "CHARACTER(3) | CHAR(3)",
      "VARCHAR | VARCHAR(1)",
      "VARCHAR(2147483647) | STRING",
      "VARBINARY(2147483647) | BYTES",
      "BINARY | BINARY(1)",
      "TIME | TIME(0)",
      "TIME(3) WITHOUT TIME ZONE | TIME(3)",
      "TIMESTAMP | TIMESTAMP(6)",
      "TIMESTAMP(3) WITHOUT TIME ZONE | TIMESTAMP(3)",
      "TIMESTAMP(3) WITH LOCAL TIME ZONE | TIMESTAMP_LTZ(3)",
      "TIMESTAMP_LTZ | TIMESTAMP_LTZ(6)",
      "INT ARRAY | ARRAY<INT>",
      "INT NULL | INT",
      "ROW(a INT, b STRING) | ROW<`a` INT, `b` STRING>",
      "row<a int not null> not null | ROW<`a` INT NOT NULL> NOT NULL"})
  void acceptsFlinkSynonymsAndDefaults(String text, String expected) {
    assertThat(DataTypeParser.parse(text).asSerializableString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DECIMAL(39, 0) | Invalid type 'DECIMAL(39, 0)' at position 1: DECIMAL precision must be between 1 and 38 (both inclusive), but was 39",
      "DECIMAL(5, 6) | Invalid type 'DECIMAL(5, 6)' at position 1: DECIMAL scale must be between 0 and 5 (both inclusive), but was 6",
      "VARCHAR(0) | Invalid type 'VARCHAR(0)' at position 1: VARCHAR length must be between 1 and 2147483647 (both inclusive), but was 0",
      "TIMESTAMP(10) | Invalid type 'TIMESTAMP(10)' at position 1: TIMESTAMP precision must be between 0 and 9 (both inclusive), but was 10",
      "TIMESTAMP_LTZ(12) | Invalid type 'TIMESTAMP_LTZ(12)' at position 1: TIMESTAMP_LTZ precision must be between 0 and 9 (both inclusive), but was 12",
      "VARCHAR(99999999999) | Invalid type 'VARCHAR(99999999999)' at position 9: integer '99999999999' is out of range",
      "INTT | Invalid type 'INTT' at position 1: unknown type 'INTT'",
      "MAP<INT> | Invalid type 'MAP<INT>' at position 8: expected ',' but found '>'",
      "ARRAY<INT | Invalid type 'ARRAY<INT' at position 10: expected '>' but the text ended",
      "INT NOT | Invalid type 'INT NOT' at position 8: expected 'NULL' but the text ended",
      "INT BIGINT | Invalid type 'INT BIGINT' at position 5: unexpected 'BIGINT'",
      "ROW<`a INT> | Invalid type 'ROW<`a INT>' at position 5: unterminated ` quote",
      "ROW<a INT, a STRING> | Invalid type 'ROW<a INT, a STRING>' at position 1: ROW field names must be unique, but 'a' appears twice",
      "INT; | Invalid type 'INT;' at position 4: unexpected character ';'",
      "'' | Invalid type '' at position 1: expected more but the text ended"})
  void rejectsBadTypesWithOneLineMessages(String text, String message) {
    assertThatThrownBy(() -> DataTypeParser.parse(text))
        .isInstanceOf(DataTypeParseException.class)
        .hasMessage(message);
  }

  @Test
  void timeAttributeShowsOnlyInSummary() {
    TimestampType rowtime = ((TimestampType) DataTypes.TIMESTAMP(3))
        .withTimeAttribute(TimeAttribute.ROWTIME);
    assertThat(rowtime.asSummaryString()).isEqualTo("TIMESTAMP(3) *ROWTIME*");
    assertThat(rowtime.asSerializableString()).isEqualTo("TIMESTAMP(3)");
    assertThat(((TimestampType) DataTypes.TIMESTAMP_LTZ(3).notNull())
        .withTimeAttribute(TimeAttribute.PROCTIME).asSummaryString())
        .isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
  }

  @Test
  void factoryDefaultsMatchFlink() {
    assertThat(DataTypes.STRING()).isEqualTo(DataTypes.VARCHAR(Integer.MAX_VALUE));
    assertThat(DataTypes.BYTES().asSummaryString()).isEqualTo("BYTES");
    assertThat(DataTypes.INT().nullable()).isTrue();
    assertThat(DataTypes.INT().notNull().nullable()).isFalse();
    assertThat(DataTypes.INT().notNull().nullableCopy()).isEqualTo(DataTypes.INT());
    assertThat(DataTypes.ROW(DataTypes.FIELD("a", DataTypes.INT(), "the a")).toString())
        .isEqualTo("ROW<`a` INT 'the a'>");
  }
}
