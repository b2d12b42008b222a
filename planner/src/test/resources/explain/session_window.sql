SELECT window_start, window_end, COUNT(*) AS bids
FROM TABLE(SESSION(TABLE bids, DESCRIPTOR(date_time), INTERVAL '5' MINUTE))
GROUP BY window_start, window_end;
