SELECT auction, price, rownum
FROM (
  SELECT auction, price, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rownum
  FROM bids)
WHERE rownum IN (1, 3) AND price > 5;
