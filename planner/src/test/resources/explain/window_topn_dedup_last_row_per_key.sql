SELECT * FROM (
  SELECT auction, price, date_time, window_start, window_end, ROW_NUMBER() OVER (
    PARTITION BY auction, window_start, window_end ORDER BY date_time DESC) AS rownum
  FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '2' MINUTE, INTERVAL '10' MINUTE)))
WHERE rownum <= 1;
