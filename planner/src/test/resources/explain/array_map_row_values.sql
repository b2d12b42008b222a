SELECT ARRAY[auction, price] AS pair, MAP['url', url] AS m, ROW(auction, url) AS r,
  ARRAY[auction, price][2] AS second_value, CARDINALITY(ARRAY[url]) AS n,
  ARRAY_CONTAINS(ARRAY[auction, price], bidder) AS has_bidder
FROM bids
WHERE MAP['url', url]['url'] LIKE 'https%';
