/**
 * OVER aggregation ({@link io.eddy.runtime.operators.over.OverAggregateOperator}) with frames from
 * UNBOUNDED or n/interval PRECEDING to CURRENT ROW ({@link io.eddy.runtime.operators.over.OverFrame}).
 * The aggregate functions are those of {@code io.eddy.runtime.operators.aggregate}, reached through
 * {@code AggregateAccumulators}; bounded frames retract the rows that leave them.
 *
 * <h2>Cost per record</h2>
 * <ul>
 *   <li>Event time: one copy of the row and one map update to buffer it, one timer per (key, timestamp);
 *       the firing reads the timestamp's rows once.</li>
 *   <li>ROWS n PRECEDING: one map put and (once full) one get/remove per row; RANGE interval: the
 *       buffered timestamps are scanned from the oldest until one is still in range.</li>
 *   <li>The output row is reused; MIN/MAX/FIRST_VALUE/LAST_VALUE/LISTAGG in bounded frames keep their
 *       retraction maps (see the aggregate package).</li>
 * </ul>
 */
package io.eddy.runtime.operators.over;
