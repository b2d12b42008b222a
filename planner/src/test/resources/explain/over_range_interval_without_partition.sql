SELECT auction, price,
  MAX(price) OVER w AS top_price, AVG(price) OVER w AS avg_price, COUNT(DISTINCT bidder) OVER w AS bidders
FROM bids
WINDOW w AS (ORDER BY date_time RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW)
