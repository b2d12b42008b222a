SELECT auction, cnt, total, top, avg_price
FROM (
  SELECT auction, cnt, total, top, avg_price,
    ROW_NUMBER() OVER (PARTITION BY top ORDER BY cnt DESC, auction) AS rn
  FROM (
    SELECT auction, COUNT(*) AS cnt, SUM(price) FILTER (WHERE bidder > 10) AS total,
      MAX(price) AS top, AVG(price) AS avg_price, COUNT(DISTINCT bidder) AS bidders
    FROM bids GROUP BY auction))
WHERE rn <= 3
