SELECT auction, bidder, price
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rownum
  FROM bids)
WHERE rownum <= 3;
