SELECT * FROM (
  SELECT ws, we, auction, price,
    ROW_NUMBER() OVER (PARTITION BY we, auction, ws ORDER BY price DESC, bidder) AS rn
  FROM (
    SELECT window_start AS ws, window_end AS we, auction, bidder, price
    FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' MINUTE))
    WHERE price > 10))
WHERE rn <= 2;
