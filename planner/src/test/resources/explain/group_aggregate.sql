SELECT auction, COUNT(*) AS bids, SUM(price) AS total, MIN(price) AS low, MAX(price) AS high,
  AVG(price) AS average, COUNT(DISTINCT bidder) FILTER (WHERE price > 5) AS bidders,
  LISTAGG(url, ';') AS urls, SUM(price) FILTER (WHERE url LIKE 'https%') AS secure_total
FROM bids
GROUP BY auction
HAVING COUNT(*) > 1;
