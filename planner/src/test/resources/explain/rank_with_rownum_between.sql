SELECT auction, price, rownum
FROM (
  SELECT auction, price, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC, bidder) AS rownum
  FROM bids)
WHERE rownum BETWEEN 2 AND 4;
