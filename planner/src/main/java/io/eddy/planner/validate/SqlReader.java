package io.eddy.planner.validate;

import org.apache.calcite.sql.SqlNode;

/** Parses SQL the planner stored itself: view queries and computed column expressions. */
public interface SqlReader {

  /** The tree of a query. */
  SqlNode query(String sql);

  /** The tree of a scalar expression. */
  SqlNode expression(String sql);
}
