SELECT * FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY wstart, wend ORDER BY total DESC) AS rownum
  FROM (
    SELECT auction, TUMBLE_START(date_time, INTERVAL '10' MINUTE) AS wstart,
      TUMBLE_END(date_time, INTERVAL '10' MINUTE) AS wend, SUM(price) AS total
    FROM bids GROUP BY auction, TUMBLE(date_time, INTERVAL '10' MINUTE)))
WHERE rownum <= 2;
