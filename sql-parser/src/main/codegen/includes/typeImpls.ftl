<#--
  Flink SQL's types: STRING, BYTES, TIMESTAMP_LTZ(p), ARRAY<T>, MULTISET<T>, MAP<K, V> and
  ROW<name T [COMMENT '...'], ...> / ROW(name T, ...), with NOT NULL inside nested types.
-->

SqlTypeNameSpec ExtendedBasicTypeName() :
{
    final Span s;
    int precision = -1;
}
{
    <STRING> {
        return UnboundedTypeNameSpec.string(getPos());
    }
|
    <BYTES> {
        return UnboundedTypeNameSpec.bytes(getPos());
    }
|
    <TIMESTAMP_LTZ> { s = span(); } precision = PrecisionOpt() {
        return new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, precision, s.end(this));
    }
}

/** A type inside ARRAY, MULTISET, MAP or ROW, optionally followed by NOT NULL or NULL. */
SqlDataTypeSpec NestedDataType() :
{
    SqlDataTypeSpec type;
}
{
    type = DataType()
    [
        <NOT> <NULL> { type = type.withNullable(false); }
    |
        <NULL> { type = type.withNullable(true); }
    ]
    { return type; }
}

SqlTypeNameSpec AngleCollectionTypeName() :
{
    final Span s;
    final SqlTypeName collectionType;
    final SqlDataTypeSpec elementType;
}
{
    (
        <ARRAY> { collectionType = SqlTypeName.ARRAY; }
    |
        <MULTISET> { collectionType = SqlTypeName.MULTISET; }
    )
    { s = span(); }
    <LT> elementType = NestedDataType() <GT>
    { return new CollectionTypeNameSpec(collectionType, elementType, s.end(this)); }
}

SqlTypeNameSpec AngleMapTypeName() :
{
    final Span s;
    final SqlDataTypeSpec keyType;
    final SqlDataTypeSpec valueType;
}
{
    <MAP> { s = span(); }
    <LT> keyType = NestedDataType() <COMMA> valueType = NestedDataType() <GT>
    { return new MapTypeNameSpec(keyType, valueType, s.end(this)); }
}

SqlTypeNameSpec ExtendedRowTypeName() :
{
    final Span s;
    final List<RowTypeNameSpec.Field> fields = new ArrayList<RowTypeNameSpec.Field>();
}
{
    <ROW> { s = span(); }
    (
        <LT> [ RowField(fields) ( <COMMA> RowField(fields) )* ] <GT>
    |
        <LPAREN> [ RowField(fields) ( <COMMA> RowField(fields) )* ] <RPAREN>
    )
    { return new RowTypeNameSpec(fields, s.end(this)); }
}

void RowField(List<RowTypeNameSpec.Field> fields) :
{
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    SqlNode comment = null;
}
{
    name = SimpleIdentifier() type = NestedDataType()
    [ <COMMENT> comment = StringLiteral() ]
    { fields.add(new RowTypeNameSpec.Field(name, type, (SqlCharStringLiteral) comment)); }
}
