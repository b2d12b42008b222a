-- Grouped by window_start without window_end: not a window aggregate, an unbounded one over the
-- rows the TUMBLE function assigns.
SELECT window_start, COUNT(*) AS bids
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))
GROUP BY window_start;
