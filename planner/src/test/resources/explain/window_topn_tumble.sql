SELECT * FROM (
  SELECT auction, bidder, price, window_start, window_end,
    ROW_NUMBER() OVER (PARTITION BY window_start, window_end, auction ORDER BY price DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' MINUTE)))
WHERE rownum <= 3;
