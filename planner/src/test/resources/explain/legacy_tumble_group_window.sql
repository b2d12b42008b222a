SELECT auction, TUMBLE_START(date_time, INTERVAL '1' MINUTE) AS window_start, COUNT(*) AS bids
FROM bids
GROUP BY auction, TUMBLE(date_time, INTERVAL '1' MINUTE);
