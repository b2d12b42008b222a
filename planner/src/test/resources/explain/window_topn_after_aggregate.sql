SELECT * FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY total DESC) AS rownum
  FROM (
    SELECT window_start, window_end, auction, SUM(price) AS total, COUNT(*) AS bids
    FROM TABLE(HOP(TABLE bids, DESCRIPTOR(date_time), INTERVAL '5' MINUTE, INTERVAL '10' MINUTE))
    GROUP BY window_start, window_end, auction))
WHERE rownum <= 2 AND bids > 1;
