SELECT auction, bidder, date_time
FROM (
  SELECT *, RANK() OVER (PARTITION BY auction ORDER BY date_time ASC) AS r
  FROM bids)
WHERE r = 1;
