SELECT auction, price, rownum
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY date_time ASC) AS rownum
  FROM bids)
WHERE rownum = 1;
