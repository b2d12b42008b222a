package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

import org.apache.calcite.sql.SqlDrop;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/**
 * The shape shared by {@code DROP [TEMPORARY [SYSTEM]] TABLE|VIEW|FUNCTION|CATALOG|DATABASE
 * [IF EXISTS] name [RESTRICT|CASCADE]}; each object kind has its own subclass.
 */
public abstract sealed class SqlDropObject extends SqlDrop
        permits SqlDropTable, SqlDropView, SqlDropFunction, SqlDropCatalog, SqlDropDatabase {

    /** What is dropped. */
    public enum ObjectKind {
        TABLE(SqlKind.DROP_TABLE), VIEW(SqlKind.DROP_VIEW), FUNCTION(SqlKind.DROP_FUNCTION),
        CATALOG(SqlKind.OTHER_DDL), DATABASE(SqlKind.DROP_SCHEMA);

        private final SqlOperator operator;

        ObjectKind(SqlKind kind) {
            this.operator = new SqlSpecialOperator("DROP " + name(), kind);
        }
    }

    private final ObjectKind objectKind;
    private final SqlIdentifier name;
    private final boolean temporary;
    private final boolean system;
    private final boolean cascade;

    protected SqlDropObject(SqlParserPos pos, ObjectKind objectKind, SqlIdentifier name, boolean ifExists,
            boolean temporary, boolean system, boolean cascade) {
        super(objectKind.operator, pos, ifExists);
        this.objectKind = requireNonNull(objectKind, "objectKind is null");
        this.name = requireNonNull(name, "name is null");
        this.temporary = temporary;
        this.system = system;
        this.cascade = cascade;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }

    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    public boolean ifExists() {
        return ifExists;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** True for {@code DROP TEMPORARY SYSTEM FUNCTION}. */
    public boolean isSystem() {
        return system;
    }

    /** True for {@code DROP DATABASE ... CASCADE}; RESTRICT is the default. */
    public boolean isCascade() {
        return cascade;
    }

    @Override
    public SqlOperator getOperator() {
        return objectKind.operator;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(name, SqlNodes.flag(ifExists), SqlNodes.flag(temporary), SqlNodes.flag(system),
                SqlNodes.flag(cascade));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("DROP");
        if (temporary) {
            writer.keyword("TEMPORARY");
        }
        if (system) {
            writer.keyword("SYSTEM");
        }
        writer.keyword(objectKind.name().toUpperCase(Locale.ROOT));
        if (ifExists) {
            writer.keyword("IF EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (cascade) {
            writer.keyword("CASCADE");
        }
    }
}
