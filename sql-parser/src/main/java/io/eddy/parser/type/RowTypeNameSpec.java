package io.eddy.parser.type;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

import io.eddy.parser.SqlNodes;

/**
 * {@code ROW<name T [NOT NULL] [COMMENT '...'], ...>} (also written {@code ROW(name T, ...)}): a
 * structured type whose fields keep their nullability and comments.
 */
public final class RowTypeNameSpec extends SqlTypeNameSpec {

    /** One field of the row. */
    public record Field(SqlIdentifier nameNode, SqlDataTypeSpec type, SqlCharStringLiteral commentNode) {
        public Field {
            requireNonNull(nameNode, "nameNode is null");
            requireNonNull(type, "type is null");
        }

        public String name() {
            return nameNode.getSimple();
        }

        /** The field comment, or null. */
        public String comment() {
            return SqlNodes.stringValue(commentNode);
        }

        @Override
        public String toString() {
            return name() + " " + type;
        }
    }

    private final List<Field> fields;

    public RowTypeNameSpec(List<Field> fields, SqlParserPos pos) {
        super(new SqlIdentifier("ROW", pos), pos);
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator) {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (Field field : fields) {
            names.add(field.name());
            types.add(TypeSpecs.deriveType(validator, field.type()));
        }
        return validator.getTypeFactory().createStructType(types, names);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("ROW");
        writer.setNeedWhitespace(false);
        writer.print("<");
        SqlWriter.Frame frame = writer.startList("", "");
        for (Field field : fields) {
            writer.sep(",");
            field.nameNode().unparse(writer, 0, 0);
            TypeSpecs.unparse(writer, field.type());
            SqlNodes.unparseComment(writer, field.commentNode());
        }
        writer.endList(frame);
        writer.setNeedWhitespace(false);
        writer.print(">");
        writer.setNeedWhitespace(true);
    }

    @Override
    public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
        if (!(spec instanceof RowTypeNameSpec that) || that.fields.size() != fields.size()) {
            return litmus.fail("{} != {}", this, spec);
        }
        for (int i = 0; i < fields.size(); i++) {
            Field mine = fields.get(i);
            Field theirs = that.fields.get(i);
            if (!mine.nameNode().equalsDeep(theirs.nameNode(), litmus)
                    || !mine.type().equalsDeep(theirs.type(), litmus)
                    || !SqlNode.equalDeep(mine.commentNode(), theirs.commentNode(), litmus)) {
                return litmus.fail("{} != {}", this, spec);
            }
        }
        return true;
    }
}
