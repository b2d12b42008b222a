SELECT auction, window_end, window_time, SUM(price_cents) AS cents
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '1' MINUTE))
WHERE price > 10
GROUP BY auction, window_start, window_end, window_time;
