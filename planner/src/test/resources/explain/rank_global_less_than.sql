SELECT *
FROM (
  SELECT bidder, price, ROW_NUMBER() OVER (ORDER BY price ASC) AS rownum
  FROM bids WHERE price > 10)
WHERE rownum < 3;
