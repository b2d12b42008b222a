SELECT bidder, auction, price
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder ORDER BY pt ASC) AS rownum
  FROM (SELECT bidder, auction, price, PROCTIME() AS pt FROM bids))
WHERE rownum = 1;
