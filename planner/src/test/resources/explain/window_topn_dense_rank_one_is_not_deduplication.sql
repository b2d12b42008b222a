SELECT auction, bidder, window_start, window_end FROM (
  SELECT auction, bidder, window_start, window_end, date_time,
    DENSE_RANK() OVER (PARTITION BY window_start, window_end, auction ORDER BY date_time DESC) AS r
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' MINUTE)))
WHERE r = 1;
