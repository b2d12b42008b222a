/**
 * Join operators with Flink SQL's semantics. Every operator is a keyed two-input operator: input 1 is
 * the left side, input 2 the right side, and both must reach it hash-partitioned by their join keys
 * ({@code JobGraph.Builder.hash(left, join, leftKeys)} and
 * {@code connect(right, join, Partitioning.HASH, rightKeys, 2)}). Output rows are the left fields then
 * the right fields, nulls for a missing side.
 *
 * <p>What the planner passes is a {@link io.eddy.runtime.operators.join.JoinSpec}: the join type, both
 * input schemas, both key selectors (key rows of the same kinds), the non-equi remainder of the
 * condition as a {@link io.eddy.runtime.function.RowCondition} (or null) and the key positions compared
 * with {@code IS NOT DISTINCT FROM}. Then, by join:
 *
 * <table>
 *   <caption>Operators by SQL join</caption>
 *   <tr><th>SQL</th><th>operator</th><th>types</th><th>output</th></tr>
 *   <tr><td>regular join of changelogs</td><td>{@link io.eddy.runtime.operators.join.StreamingJoinOperator}</td>
 *       <td>INNER, LEFT, RIGHT, FULL</td><td>changelog</td></tr>
 *   <tr><td>IN / EXISTS, NOT IN / NOT EXISTS</td><td>{@link io.eddy.runtime.operators.join.SemiAntiJoinOperator}</td>
 *       <td>SEMI, ANTI</td><td>changelog of left rows</td></tr>
 *   <tr><td>{@code l.ts BETWEEN r.ts - a AND r.ts + b}</td>
 *       <td>{@link io.eddy.runtime.operators.join.IntervalJoinOperator} (rowtime fields, bounds in ms)</td>
 *       <td>INNER, LEFT, RIGHT, FULL</td><td>append-only, watermark held back</td></tr>
 *   <tr><td>{@code FOR SYSTEM_TIME AS OF l.rowtime}</td>
 *       <td>{@link io.eddy.runtime.operators.join.TemporalJoinOperator} (rowtime fields)</td>
 *       <td>INNER, LEFT</td><td>append-only</td></tr>
 *   <tr><td>join of window TVFs on window_start/end</td>
 *       <td>{@link io.eddy.runtime.operators.join.WindowJoinOperator} (window_end fields)</td>
 *       <td>all</td><td>append-only</td></tr>
 * </table>
 */
package io.eddy.runtime.operators.join;
