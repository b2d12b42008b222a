SELECT * FROM (
  SELECT bidder, total, DENSE_RANK() OVER (ORDER BY total DESC) AS r
  FROM (SELECT bidder, SUM(price) AS total FROM bids GROUP BY bidder))
WHERE r BETWEEN 2 AND 3;
