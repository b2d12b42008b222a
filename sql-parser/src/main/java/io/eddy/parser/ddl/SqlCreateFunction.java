package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;

/**
 * {@code CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] name AS 'class.Name'
 * [LANGUAGE JAVA|SCALA|PYTHON]}.
 */
public final class SqlCreateFunction extends SqlCreate {

    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE FUNCTION", SqlKind.CREATE_FUNCTION);

    private final SqlIdentifier name;
    private final SqlNode className;
    private final SqlIdentifier language;
    private final boolean temporary;
    private final boolean system;

    public SqlCreateFunction(SqlParserPos pos, SqlIdentifier name, SqlNode className, SqlIdentifier language,
            boolean temporary, boolean system, boolean ifNotExists) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = requireNonNull(name, "name is null");
        this.className = requireNonNull(className, "className is null");
        this.language = language;
        this.temporary = temporary;
        this.system = system;
    }

    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    /** The implementing class, e.g. {@code com.example.MyUdf}. */
    public String className() {
        return SqlNodes.stringValue(className);
    }

    /** The language as written upper-cased ({@code JAVA} when omitted). */
    public String language() {
        return language == null ? "JAVA" : language.getSimple().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isTemporary() {
        return temporary;
    }

    public boolean isSystem() {
        return system;
    }

    public boolean ifNotExists() {
        return ifNotExists;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(name, className, language, SqlNodes.flag(temporary),
                SqlNodes.flag(system), SqlNodes.flag(ifNotExists));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlNodes.unparseCreateHead(writer, "FUNCTION", temporary, system, ifNotExists, name);
        writer.keyword("AS");
        className.unparse(writer, 0, 0);
        if (language != null) {
            writer.keyword("LANGUAGE");
            writer.keyword(language());
        }
    }
}
