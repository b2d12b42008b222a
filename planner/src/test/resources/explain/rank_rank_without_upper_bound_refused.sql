SELECT * FROM (
  SELECT auction, RANK() OVER (PARTITION BY auction ORDER BY price DESC) AS r
  FROM bids)
WHERE r > 3;
