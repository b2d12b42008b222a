/**
 * Ranking operators: Top-N, deduplication, window Top-N/deduplication, LIMIT and ORDER BY rowtime, with
 * Flink SQL's changelog semantics. They know nothing of SQL: the planner passes a partition
 * {@link io.eddy.runtime.data.KeySelector} ({@link io.eddy.runtime.operators.rank.EmptyKeySelector} when
 * there is no PARTITION BY), a {@link io.eddy.runtime.operators.rank.SortSpec} (field indexes, direction,
 * null placement), a {@link io.eddy.runtime.operators.rank.RankRange} and whether the rank number is output.
 *
 * <h2>Which operator</h2>
 * <table>
 *   <tr><th>query shape</th><th>operator</th><th>output</th></tr>
 *   <tr><td>ROW_NUMBER() ... ORDER BY non-time, rownum &lt;= n / BETWEEN m AND n</td>
 *       <td>{@code TopNOperator.create(spec, appendOnlyInput)}</td><td>+I/-D, or -U/+U/+I/-D by rank</td></tr>
 *   <tr><td>ROW_NUMBER() ... ORDER BY proctime|rowtime ASC|DESC, rownum = 1</td>
 *       <td>{@code DeduplicateOperator.onProcessingTime / onRowtime}</td><td>+I (first, proctime), else +I/-U/+U</td></tr>
 *   <tr><td>window TVF then ROW_NUMBER() PARTITION BY window_start, window_end, ...</td>
 *       <td>{@code new WindowRankOperator(...)}, {@code WindowRankOperator.deduplicate(...)}</td><td>+I</td></tr>
 *   <tr><td>LIMIT n [OFFSET m]</td><td>{@code LimitOperator.create(...)}</td><td>+I (append-only input)</td></tr>
 *   <tr><td>ORDER BY non-time LIMIT n</td><td>{@code LimitOperator.sortLimit(...)}</td><td>as Top-N</td></tr>
 *   <tr><td>ORDER BY rowtime [, ...]</td><td>{@code new RowtimeSortOperator(...)}</td><td>+I</td></tr>
 * </table>
 *
 * <h2>State</h2>
 * <ul>
 *   <li>Append-only Top-N: map sort key → rows, holding only the rows ranked up to the range end; an LRU
 *       cache of sorted buffers per partition ({@code table.exec.rank.topn-cache-size}, default 10,000
 *       partitions) avoids reading state per record; a row that cannot enter costs one comparison with
 *       the worst kept row.</li>
 *   <li>Retracting Top-N (Flink's RetractableTopNFunction layout): map sort key → all rows of the partition,
 *       plus one value with the sorted counts per sort key (rewritten per record).</li>
 *   <li>Deduplication: one value per key (a marker for keep-first on processing time, else the kept row).</li>
 *   <li>Window ranking and rowtime sort: map window end (or rowtime) → sorted rows; an event-time timer per
 *       window (or rowtime) under the key.</li>
 * </ul>
 * Top-N and deduplication state follows {@code table.exec.state.ttl}; retractions of rows that are no longer
 * in state are ignored and counted ({@code numStaleRetractionsIgnored}). Window and sort state is dropped
 * when its timer fires; late rows are dropped and counted ({@code numLateRecordsDropped}).
 */
package io.eddy.runtime.operators.rank;
