SELECT MAX(w_start) AS last_start, SUM(bids) AS bids FROM (
  SELECT TUMBLE_START(date_time, INTERVAL '1' MINUTE) AS w_start, COUNT(*) AS bids
  FROM bids
  GROUP BY TUMBLE(date_time, INTERVAL '1' MINUTE)
);
