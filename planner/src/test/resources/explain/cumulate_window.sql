EXPLAIN
SELECT window_start, window_end, SUM(price) AS total
FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '2' MINUTE, INTERVAL '10' MINUTE))
GROUP BY window_start, window_end;
