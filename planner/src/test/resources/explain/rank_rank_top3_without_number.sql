SELECT auction, bidder, price
FROM (
  SELECT *, RANK() OVER (PARTITION BY auction ORDER BY price DESC) AS r
  FROM bids)
WHERE r <= 3;
