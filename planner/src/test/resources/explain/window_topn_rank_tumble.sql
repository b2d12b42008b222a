SELECT * FROM (
  SELECT auction, bidder, price, window_start, window_end,
    RANK() OVER (PARTITION BY window_start, window_end, auction ORDER BY price DESC) AS r
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' MINUTE)))
WHERE r <= 3;
