SELECT window_start, window_end, auction, COUNT(*) AS bids
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))
GROUP BY ROLLUP (window_start, window_end, auction);
