package io.eddy.planner.schema;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.rel.type.RelProtoDataType;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.SchemaVersion;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;

/**
 * Base of the three Calcite schema levels over the catalogs (root, catalog, database): a schema
 * without types or functions, read-only, that answers lookups through {@link #tables()} and
 * {@link #subSchemas()}.
 */
abstract class NamespaceSchema implements Schema {

  @Override
  public Lookup<Table> tables() {
    return Lookup.empty();
  }

  @Override
  public Lookup<? extends Schema> subSchemas() {
    return Lookup.empty();
  }

  @Override
  public final Table getTable(String name) {
    return tables().get(name);
  }

  @Override
  public final Set<String> getTableNames() {
    return tables().getNames(LikePattern.any());
  }

  @Override
  public final Schema getSubSchema(String name) {
    return subSchemas().get(name);
  }

  @Override
  public final Set<String> getSubSchemaNames() {
    return subSchemas().getNames(LikePattern.any());
  }

  @Override
  public final RelProtoDataType getType(String name) {
    return null;
  }

  @Override
  public final Set<String> getTypeNames() {
    return Set.of();
  }

  @Override
  public final Collection<Function> getFunctions(String name) {
    return List.of();
  }

  @Override
  public final Set<String> getFunctionNames() {
    return Set.of();
  }

  @Override
  public final Expression getExpression(SchemaPlus parentSchema, String name) {
    throw new UnsupportedOperationException("Catalog schemas are not code-generated");
  }

  @Override
  public final boolean isMutable() {
    return false;
  }

  @Override
  public final Schema snapshot(SchemaVersion version) {
    return this;
  }
}
