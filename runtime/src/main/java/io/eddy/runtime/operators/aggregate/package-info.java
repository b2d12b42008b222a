/**
 * Aggregation operators with Flink SQL semantics: {@link io.eddy.runtime.operators.aggregate.GroupAggregateOperator}
 * (unbounded GROUP BY, changelog output), {@link io.eddy.runtime.operators.aggregate.WindowAggregateOperator}
 * (TUMBLE, HOP, CUMULATE) and {@link io.eddy.runtime.operators.aggregate.SessionWindowAggregateOperator}
 * (SESSION), configured with {@link io.eddy.runtime.operators.aggregate.AggregateCall} values;
 * {@link io.eddy.runtime.operators.aggregate.WindowAssignOperator} is a window TVF without aggregation
 * (each row once per window it falls in, stateless).
 *
 * <h2>State layout</h2>
 * <ul>
 *   <li>One accumulator ROW per key (group aggregate: value state {@code accumulators}; windows: map
 *       state {@code window-accumulators} window end → row). Field 0 counts rows accumulated minus
 *       retracted; then each call's fields: COUNT one BIGINT; SUM/$SUM0/AVG sum + non-null count;
 *       MIN/MAX the extreme; FIRST_VALUE/LAST_VALUE the value; LISTAGG the joined string (the last three
 *       add a next-sequence BIGINT over a changelog). Stored with {@code RowSerializer}, so both backends
 *       and snapshots handle them as any row.</li>
 *   <li>DISTINCT calls: map state {@code aggregate-i-distinct} (namespace, argument values) → count; the
 *       namespace is the window end (0 for group aggregates, the session start for sessions).</li>
 *   <li>Only over a changelog: MIN/MAX keep map state {@code aggregate-i-values} value → count (as
 *       Flink's MinWithRetract); FIRST_VALUE/LAST_VALUE/LISTAGG keep {@code aggregate-i-values} arrival
 *       sequence → value. Append-only inputs skip these maps entirely.</li>
 *   <li>Sessions buffer input rows ({@code session-rows}: sequence → row) and sessions
 *       ({@code sessions}: start → end) per key, and aggregate when a session fires.</li>
 * </ul>
 *
 * <h2>Cost per record</h2>
 * <ul>
 *   <li>The key row is one reused row; the output rows are reused. Operators the planner builds run
 *       generated code ({@link io.eddy.runtime.operators.aggregate.AggregateCode}): a key selector
 *       copying and hashing each key field with the code of its type, and one
 *       {@link io.eddy.runtime.operators.aggregate.AccumulatorCode} class for the row count and the
 *       COUNT/SUM/$SUM0/AVG calls (and MIN/MAX over an append-only input) without DISTINCT; the other
 *       calls run through the hand-written functions. Without a planner, {@code ReusingKeySelector}
 *       and the functions do everything.</li>
 *   <li>Group aggregate, heap backend: one state lookup, the accumulator row updated in place (the heap
 *       backend holds it by reference; RocksDB deserializes and writes it back), no allocation for
 *       COUNT/SUM/AVG/MIN/MAX on fixed-width types. DECIMAL and LISTAGG allocate their new value.</li>
 *   <li>DISTINCT: one map lookup with a reused probe row; a copy only for a value seen the first time.</li>
 *   <li>Over a changelog: MIN/MAX add one map update per row and scan the map when the extreme's last
 *       copy is retracted; FIRST_VALUE/LAST_VALUE/LISTAGG allocate a one-field row per value and scan
 *       the live values on retraction (O(values of the key)).</li>
 *   <li>Windows: HOP and CUMULATE update every window a row belongs to (size/slide or max/step
 *       accumulators); windows are not sliced into shared panes yet. A fired window's DISTINCT entries
 *       are found by scanning the key's distinct map.</li>
 * </ul>
 */
package io.eddy.runtime.operators.aggregate;
