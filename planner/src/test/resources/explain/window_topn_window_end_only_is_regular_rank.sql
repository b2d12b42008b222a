SELECT * FROM (
  SELECT auction, price, window_end,
    ROW_NUMBER() OVER (PARTITION BY window_end ORDER BY price DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' MINUTE)))
WHERE rownum <= 2;
