<#--
  Eddy's statements: Flink SQL's DDL, SHOW/DESCRIBE/EXPLAIN, INSERT with OVERWRITE and
  PARTITION, statement sets, SET/RESET and STOP JOB. Included into Calcite's Parser.jj.
-->

boolean IfNotExistsOpt() :
{
}
{
    LOOKAHEAD(3) <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

boolean IfExistsOpt() :
{
}
{
    LOOKAHEAD(2) <IF> <EXISTS> { return true; }
|
    { return false; }
}

/** Parses {@code ('k' = 'v', ...)}. */
SqlNodeList OptionList() :
{
    final Span s;
    final List<SqlNode> optionNodes = new ArrayList<SqlNode>();
    SqlNode option;
}
{
    <LPAREN> { s = span(); }
    [
        option = Option() { optionNodes.add(option); }
        ( <COMMA> option = Option() { optionNodes.add(option); } )*
    ]
    <RPAREN>
    { return new SqlNodeList(optionNodes, s.end(this)); }
}

SqlNode Option() :
{
    final SqlNode key;
    final SqlNode value;
}
{
    key = StringLiteral() <EQ> value = StringLiteral()
    { return new SqlOption(getPos(), key, value); }
}

/** Parses {@code ('a', 'b', ...)}. */
SqlNodeList StringLiteralList() :
{
    final Span s;
    final List<SqlNode> values = new ArrayList<SqlNode>();
    SqlNode value;
}
{
    <LPAREN> { s = span(); }
    value = StringLiteral() { values.add(value); }
    ( <COMMA> value = StringLiteral() { values.add(value); } )*
    <RPAREN>
    { return new SqlNodeList(values, s.end(this)); }
}

SqlNode CommentOpt() :
{
    SqlNode comment = null;
}
{
    [ <COMMENT> comment = StringLiteral() ]
    { return comment; }
}

/**
 * CREATE [TEMPORARY [SYSTEM]] TABLE | VIEW | FUNCTION | CATALOG | DATABASE.
 */
SqlCreate SqlCreateExtended(Span s, boolean replace) :
{
    boolean temporary = false;
    boolean system = false;
    final SqlCreate create;
}
{
    [ <TEMPORARY> { temporary = true; } [ <SYSTEM> { system = true; } ] ]
    (
        create = SqlCreateTable(s, temporary)
    |
        create = SqlCreateView(s, temporary)
    |
        create = SqlCreateFunction(s, temporary, system)
    |
        create = SqlCreateCatalog(s)
    |
        create = SqlCreateDatabase(s)
    )
    {
        if (replace) {
            throw ParserErrors.at(s.pos(), "CREATE OR REPLACE is not supported");
        }
        if (system && !(create instanceof SqlCreateFunction)) {
            throw ParserErrors.at(s.pos(), "TEMPORARY SYSTEM is only allowed for functions");
        }
        if (temporary && (create instanceof SqlCreateCatalog || create instanceof SqlCreateDatabase)) {
            throw ParserErrors.at(s.pos(), "catalogs and databases cannot be TEMPORARY");
        }
        return create;
    }
}

SqlCreate SqlCreateTable(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final TableElements elements = new TableElements();
    SqlNode comment = null;
    SqlNodeList partitionKeys = SqlNodeList.EMPTY;
    SqlNodeList optionNodes = SqlNodeList.EMPTY;
    final SqlTableLike like;
    final SqlNode query;
}
{
    <TABLE> ifNotExists = IfNotExistsOpt() name = CompoundIdentifier()
    [
        <LPAREN>
        TableElement(elements)
        ( <COMMA> TableElement(elements) )*
        <RPAREN>
    ]
    comment = CommentOpt()
    [ <PARTITIONED> <BY> partitionKeys = ParenthesizedSimpleIdentifierList() ]
    [ <WITH> optionNodes = OptionList() ]
    (
        like = TableLike() {
            return new SqlCreateTableLike(s.end(this),
                elements.definition(name, comment, partitionKeys, optionNodes, temporary, ifNotExists), like);
        }
    |
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) {
            return new SqlCreateTableAs(s.end(this),
                elements.definition(name, comment, partitionKeys, optionNodes, temporary, ifNotExists), query);
        }
    |
        {
            return new SqlCreateTable(s.end(this),
                elements.definition(name, comment, partitionKeys, optionNodes, temporary, ifNotExists));
        }
    )
}

void TableElement(TableElements elements) :
{
}
{
    LOOKAHEAD(2) Watermark(elements)
|
    TablePrimaryKey(elements)
|
    TableColumn(elements)
}

void Watermark(TableElements elements) :
{
    final Span s;
    final SqlIdentifier column;
    final SqlNode strategy;
}
{
    <WATERMARK> { s = span(); } <FOR> column = CompoundIdentifier()
    <AS> strategy = Expression(ExprContext.ACCEPT_NON_QUERY)
    { elements.watermark(new SqlWatermark(s.end(this), column, strategy)); }
}

void TablePrimaryKey(TableElements elements) :
{
    final Span s;
    SqlIdentifier constraintName = null;
    final SqlNodeList columns;
    final boolean enforced;
}
{
    { s = span(); }
    [ <CONSTRAINT> constraintName = SimpleIdentifier() ]
    <PRIMARY> <KEY> columns = ParenthesizedSimpleIdentifierList()
    enforced = EnforcedOpt()
    { elements.primaryKey(new SqlPrimaryKey(s.end(this), constraintName, columns, enforced)); }
}

boolean EnforcedOpt() :
{
}
{
    <NOT> <ENFORCED> { return false; }
|
    <ENFORCED> { return true; }
|
    { return true; }
}

void TableColumn(TableElements elements) :
{
    final SqlIdentifier name;
    SqlDataTypeSpec type;
    SqlNode expression;
    SqlNode comment;
    SqlNode metadataKey = null;
    boolean isVirtual = false;
    SqlIdentifier constraintName = null;
    boolean enforced;
    Span pk = null;
}
{
    name = SimpleIdentifier()
    (
        <AS> expression = Expression(ExprContext.ACCEPT_NON_QUERY)
        comment = CommentOpt()
        { elements.column(new SqlComputedColumn(getPos(), name, expression, comment)); }
    |
        type = DataType()
        [
            <NOT> <NULL> { type = type.withNullable(false); }
        |
            <NULL> { type = type.withNullable(true); }
        ]
        (
            <METADATA>
            [ <FROM> metadataKey = StringLiteral() ]
            [ <VIRTUAL> { isVirtual = true; } ]
            comment = CommentOpt()
            {
                elements.column(new SqlMetadataColumn(getPos(), name, type, metadataKey, isVirtual, comment));
            }
        |
            [
                { pk = span(); }
                [ <CONSTRAINT> constraintName = SimpleIdentifier() ]
                <PRIMARY> <KEY> enforced = EnforcedOpt()
                {
                    elements.primaryKey(new SqlPrimaryKey(pk.end(this), constraintName,
                        new SqlNodeList(java.util.Collections.singletonList(name), name.getParserPosition()),
                        enforced));
                }
            ]
            comment = CommentOpt()
            { elements.column(new SqlPhysicalColumn(getPos(), name, type, comment)); }
        )
    )
}

SqlTableLike TableLike() :
{
    final Span s;
    final SqlIdentifier source;
    final List<SqlTableLike.LikeOption> optionNodes = new ArrayList<SqlTableLike.LikeOption>();
    SqlTableLike.MergingStrategy strategy;
    SqlTableLike.Feature feature;
}
{
    <LIKE> { s = span(); } source = CompoundIdentifier()
    [
        <LPAREN>
        (
            (
                <INCLUDING> { strategy = SqlTableLike.MergingStrategy.INCLUDING; }
            |
                <EXCLUDING> { strategy = SqlTableLike.MergingStrategy.EXCLUDING; }
            |
                <OVERWRITING> { strategy = SqlTableLike.MergingStrategy.OVERWRITING; }
            )
            (
                <ALL> { feature = SqlTableLike.Feature.ALL; }
            |
                <CONSTRAINTS> { feature = SqlTableLike.Feature.CONSTRAINTS; }
            |
                <GENERATED> { feature = SqlTableLike.Feature.GENERATED; }
            |
                <METADATA> { feature = SqlTableLike.Feature.METADATA; }
            |
                <OPTIONS> { feature = SqlTableLike.Feature.OPTIONS; }
            |
                <PARTITIONS> { feature = SqlTableLike.Feature.PARTITIONS; }
            |
                <WATERMARKS> { feature = SqlTableLike.Feature.WATERMARKS; }
            )
            { optionNodes.add(new SqlTableLike.LikeOption(strategy, feature)); }
        )+
        <RPAREN>
    ]
    { return new SqlTableLike(s.end(this), source, optionNodes); }
}

SqlCreate SqlCreateView(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columns = SqlNodeList.EMPTY;
    final SqlNode comment;
    final SqlNode query;
}
{
    <VIEW> ifNotExists = IfNotExistsOpt() name = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    comment = CommentOpt()
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    { return new SqlCreateView(s.end(this), name, columns, comment, query, temporary, ifNotExists); }
}

SqlCreate SqlCreateFunction(Span s, boolean temporary, boolean system) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlNode className;
    SqlIdentifier language = null;
}
{
    <FUNCTION> ifNotExists = IfNotExistsOpt() name = CompoundIdentifier()
    <AS> className = StringLiteral()
    [ <LANGUAGE> language = SimpleIdentifier() ]
    {
        return new SqlCreateFunction(s.end(this), name, className, language, temporary, system,
            ifNotExists);
    }
}

SqlCreate SqlCreateCatalog(Span s) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlNodeList optionNodes;
}
{
    <CATALOG> ifNotExists = IfNotExistsOpt() name = SimpleIdentifier()
    <WITH> optionNodes = OptionList()
    { return new SqlCreateCatalog(s.end(this), name, optionNodes, ifNotExists); }
}

SqlCreate SqlCreateDatabase(Span s) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlNode comment;
    SqlNodeList optionNodes = SqlNodeList.EMPTY;
}
{
    <DATABASE> ifNotExists = IfNotExistsOpt() name = CompoundIdentifier()
    comment = CommentOpt()
    [ <WITH> optionNodes = OptionList() ]
    { return new SqlCreateDatabase(s.end(this), name, comment, optionNodes, ifNotExists); }
}

/**
 * DROP [TEMPORARY [SYSTEM]] TABLE | VIEW | FUNCTION | CATALOG | DATABASE.
 */
SqlDrop SqlDropExtended(Span s, boolean replace) :
{
    boolean temporary = false;
    boolean system = false;
    boolean ifExists;
    SqlIdentifier name;
    boolean cascade = false;
    final SqlDrop drop;
}
{
    [ <TEMPORARY> { temporary = true; } [ <SYSTEM> { system = true; } ] ]
    (
        <TABLE> ifExists = IfExistsOpt() name = CompoundIdentifier()
        { drop = new SqlDropTable(s.end(this), name, ifExists, temporary); }
    |
        <VIEW> ifExists = IfExistsOpt() name = CompoundIdentifier()
        { drop = new SqlDropView(s.end(this), name, ifExists, temporary); }
    |
        <FUNCTION> ifExists = IfExistsOpt() name = CompoundIdentifier()
        { drop = new SqlDropFunction(s.end(this), name, ifExists, temporary, system); }
    |
        <CATALOG> ifExists = IfExistsOpt() name = SimpleIdentifier()
        { drop = new SqlDropCatalog(s.end(this), name, ifExists); }
    |
        <DATABASE> ifExists = IfExistsOpt() name = CompoundIdentifier()
        [ <RESTRICT> | <CASCADE> { cascade = true; } ]
        { drop = new SqlDropDatabase(s.end(this), name, ifExists, cascade); }
    )
    {
        if (system && !(drop instanceof SqlDropFunction)) {
            throw ParserErrors.at(s.pos(), "TEMPORARY SYSTEM is only allowed for functions");
        }
        if (temporary && (drop instanceof SqlDropCatalog || drop instanceof SqlDropDatabase)) {
            throw ParserErrors.at(s.pos(), "catalogs and databases cannot be TEMPORARY");
        }
        return drop;
    }
}

/** ALTER TABLE [IF EXISTS] name RENAME TO new | SET (...) | RESET (...). */
SqlNode SqlAlterTable() :
{
    final Span s;
    final boolean ifExists;
    final SqlIdentifier name;
    final SqlIdentifier newName;
    final SqlNodeList optionNodes;
    final SqlNodeList keys;
}
{
    <ALTER> { s = span(); } <TABLE> ifExists = IfExistsOpt() name = CompoundIdentifier()
    (
        <RENAME> <TO> newName = CompoundIdentifier()
        { return new SqlAlterTableRename(s.end(this), name, ifExists, newName); }
    |
        <SET> optionNodes = OptionList()
        { return new SqlAlterTableSet(s.end(this), name, ifExists, optionNodes); }
    |
        <RESET> keys = StringLiteralList()
        { return new SqlAlterTableReset(s.end(this), name, ifExists, keys); }
    )
}

SqlNode SqlUseStatement() :
{
    final Span s;
    final SqlIdentifier name;
}
{
    <USE> { s = span(); }
    (
        LOOKAHEAD(2) <CATALOG> name = SimpleIdentifier()
        { return new SqlUseCatalog(s.end(this), name); }
    |
        name = CompoundIdentifier()
        { return new SqlUseDatabase(s.end(this), name); }
    )
}

/** All SHOW statements. */
SqlNode SqlShowStatement() :
{
    final Span s;
    boolean userOnly = false;
    final SqlIdentifier name;
}
{
    <SHOW> { s = span(); }
    (
        <CATALOGS> { return new SqlShowCatalogs(s.end(this)); }
    |
        <CURRENT>
        (
            <CATALOG> { return new SqlShowCurrentCatalog(s.end(this)); }
        |
            <DATABASE> { return new SqlShowCurrentDatabase(s.end(this)); }
        )
    |
        <JOBS> { return new SqlShowJobs(s.end(this)); }
    |
        <CREATE>
        (
            <TABLE> name = CompoundIdentifier() { return new SqlShowCreateTable(s.end(this), name); }
        |
            <VIEW> name = CompoundIdentifier() { return new SqlShowCreateView(s.end(this), name); }
        )
    |
        <DATABASES> { return ShowObjectsTail(s, "DATABASES", false); }
    |
        <TABLES> { return ShowObjectsTail(s, "TABLES", false); }
    |
        <VIEWS> { return ShowObjectsTail(s, "VIEWS", false); }
    |
        [ <USER> { userOnly = true; } ] <FUNCTIONS> { return ShowObjectsTail(s, "FUNCTIONS", userOnly); }
    |
        <COLUMNS> { return ShowObjectsTail(s, "COLUMNS", false); }
    )
}

/** {@code [FROM|IN name] [[NOT] LIKE 'pattern']} after SHOW DATABASES/TABLES/VIEWS/FUNCTIONS/COLUMNS. */
SqlNode ShowObjectsTail(Span s, String objects, boolean userOnly) :
{
    String preposition = null;
    SqlIdentifier scope = null;
    boolean notLike = false;
    SqlNode pattern = null;
}
{
    [
        ( <FROM> | <IN> ) { preposition = token.image.toUpperCase(Locale.ROOT); }
        scope = CompoundIdentifier()
    ]
    [
        [ <NOT> { notLike = true; } ]
        <LIKE> pattern = StringLiteral()
    ]
    {
        final SqlParserPos pos = s.end(this);
        switch (objects) {
        case "DATABASES":
            return new SqlShowDatabases(pos, preposition, scope, notLike, pattern);
        case "TABLES":
            return new SqlShowTables(pos, preposition, scope, notLike, pattern);
        case "VIEWS":
            return new SqlShowViews(pos, preposition, scope, notLike, pattern);
        case "FUNCTIONS":
            return new SqlShowFunctions(pos, userOnly, preposition, scope, notLike, pattern);
        default:
            if (scope == null) {
                throw ParserErrors.at(pos, "SHOW COLUMNS needs a table: SHOW COLUMNS FROM table");
            }
            return new SqlShowColumns(pos, preposition, scope, notLike, pattern);
        }
    }
}

SqlNode SqlDescribeStatement() :
{
    final Span s;
    boolean extended = false;
    final SqlIdentifier name;
}
{
    ( <DESCRIBE> | <DESC> ) { s = span(); }
    [
        LOOKAHEAD({ getToken(1).kind == EXTENDED && getToken(2).kind != EOF
            && getToken(2).kind != SEMICOLON })
        <EXTENDED> { extended = true; }
    ]
    name = CompoundIdentifier()
    { return new SqlDescribe(s.end(this), name, extended); }
}

/** EXPLAIN [PLAN FOR | detail [, detail]*] (query | insert | statement set). */
SqlNode SqlExplainStatement() :
{
    final Span s;
    final Set<SqlExplainStatement.Detail> details = EnumSet.noneOf(SqlExplainStatement.Detail.class);
    final SqlNode statement;
}
{
    <EXPLAIN> { s = span(); }
    [
        LOOKAHEAD(2)
        (
            <PLAN> <FOR>
        |
            ExplainDetail(details) ( <COMMA> ExplainDetail(details) )*
        )
    ]
    (
        LOOKAHEAD(2) statement = StatementSet(s)
    |
        <EXECUTE> statement = StatementSet(s)
    |
        statement = SqlRichInsert()
    |
        statement = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    { return new SqlExplainStatement(s.end(this), statement, details); }
}

void ExplainDetail(Set<SqlExplainStatement.Detail> details) :
{
}
{
    (
        <CHANGELOG_MODE> { details.add(SqlExplainStatement.Detail.CHANGELOG_MODE); }
    |
        <ESTIMATED_COST> { details.add(SqlExplainStatement.Detail.ESTIMATED_COST); }
    |
        <JSON_EXECUTION_PLAN> { details.add(SqlExplainStatement.Detail.JSON_EXECUTION_PLAN); }
    |
        <PLAN_ADVICE> { details.add(SqlExplainStatement.Detail.PLAN_ADVICE); }
    |
        <GENERATED_CODE> { details.add(SqlExplainStatement.Detail.GENERATED_CODE); }
    )
}

/** INSERT INTO | OVERWRITE [catalog.][db.]t [PARTITION (k = v, ...)] [(cols)] query. */
SqlNode SqlRichInsert() :
{
    final List<SqlLiteral> keywords = new ArrayList<SqlLiteral>();
    final SqlNodeList keywordList;
    final SqlIdentifier tableName;
    SqlNode tableRef;
    SqlNodeList partitions = SqlNodeList.EMPTY;
    SqlNodeList columnList = null;
    final SqlNode source;
    final Span s;
    boolean overwrite = false;
    final Pair<SqlNodeList, SqlNodeList> p;
}
{
    (
        <INSERT>
    |
        <UPSERT> { keywords.add(SqlInsertKeyword.UPSERT.symbol(getPos())); }
    )
    { s = span(); }
    SqlInsertKeywords(keywords) {
        keywordList = new SqlNodeList(keywords, s.addAll(keywords).pos());
    }
    ( <INTO> | <OVERWRITE> { overwrite = true; } )
    tableName = CompoundTableIdentifier()
    ( tableRef = TableHints(tableName) | { tableRef = tableName; } )
    [ LOOKAHEAD(5) tableRef = ExtendTable(tableRef) ]
    [ <PARTITION> partitions = PartitionSpec() ]
    [
        LOOKAHEAD(2)
        p = ParenthesizedCompoundIdentifierList() {
            if (!p.right.isEmpty()) {
                tableRef = extend(tableRef, p.right);
            }
            if (!p.left.isEmpty()) {
                columnList = p.left;
            }
        }
    ]
    source = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new SqlRichInsert(s.end(source), keywordList, overwrite, tableRef, partitions, source,
            columnList);
    }
}

/** {@code (k = literal, ...)} after PARTITION. */
SqlNodeList PartitionSpec() :
{
    final Span s;
    final List<SqlNode> values = new ArrayList<SqlNode>();
    SqlIdentifier key;
    SqlNode value;
}
{
    <LPAREN> { s = span(); }
    key = SimpleIdentifier() <EQ> value = Literal()
    { values.add(new SqlOption(key.getParserPosition(), key, value)); }
    (
        <COMMA> key = SimpleIdentifier() <EQ> value = Literal()
        { values.add(new SqlOption(key.getParserPosition(), key, value)); }
    )*
    <RPAREN>
    { return new SqlNodeList(values, s.end(this)); }
}

/** {@code STATEMENT SET BEGIN insert; ... END}. */
SqlStatementSet StatementSet(Span s) :
{
    final List<SqlNode> inserts = new ArrayList<SqlNode>();
    SqlNode insert;
}
{
    <STATEMENT> <SET> <BEGIN>
    insert = SqlRichInsert() { inserts.add(insert); }
    (
        LOOKAHEAD(2) <SEMICOLON> insert = SqlRichInsert() { inserts.add(insert); }
    )*
    [ <SEMICOLON> ]
    <END>
    { return new SqlStatementSet(s.end(this), new SqlNodeList(inserts, s.end(this))); }
}

/** EXECUTE STATEMENT SET BEGIN ... END | EXECUTE insert | EXECUTE query. */
SqlNode SqlExecuteStatement() :
{
    final Span s;
    final SqlNode statement;
}
{
    <EXECUTE> { s = span(); }
    (
        LOOKAHEAD(2) statement = StatementSet(s) { return statement; }
    |
        statement = SqlRichInsert() { return new SqlExecute(s.end(this), statement); }
    |
        statement = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        { return new SqlExecute(s.end(this), statement); }
    )
}

SqlNode SqlBeginStatementSet() :
{
    final Span s;
}
{
    <BEGIN> { s = span(); } <STATEMENT> <SET>
    { return new SqlBeginStatementSet(s.end(this)); }
}

SqlNode SqlEndStatementSet() :
{
}
{
    <END> { return new SqlEndStatementSet(getPos()); }
}

/** SET | SET 'key' = 'value'. */
SqlNode SqlSetStatement() :
{
    final Span s;
    SqlNode key = null;
    SqlNode value = null;
}
{
    <SET> { s = span(); }
    [ key = StringLiteral() <EQ> value = StringLiteral() ]
    { return new SqlSet(s.end(this), key, value); }
}

/** RESET | RESET 'key'. */
SqlNode SqlResetStatement() :
{
    final Span s;
    SqlNode key = null;
}
{
    <RESET> { s = span(); }
    [ key = StringLiteral() ]
    { return new SqlReset(s.end(this), key); }
}

/** STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]. */
SqlNode SqlStopJob() :
{
    final Span s;
    final SqlNode jobId;
    boolean savepoint = false;
    boolean drain = false;
}
{
    <STOP> { s = span(); } <JOB> jobId = StringLiteral()
    [ LOOKAHEAD(2) <WITH> <SAVEPOINT> { savepoint = true; } ]
    [ <WITH> <DRAIN> { drain = true; } ]
    { return new SqlStopJob(s.end(this), jobId, savepoint, drain); }
}
