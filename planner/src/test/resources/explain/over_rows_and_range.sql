SELECT auction, price, date_time,
  SUM(price) OVER (PARTITION BY auction ORDER BY date_time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS recent_total,
  COUNT(*) OVER (PARTITION BY auction ORDER BY date_time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS recent_bids
FROM bids
