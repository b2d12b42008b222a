SELECT auction, bidder, price, date_time
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY date_time DESC) AS rownum
  FROM bids)
WHERE rownum = 1;
