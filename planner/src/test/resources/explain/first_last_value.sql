SELECT auction, FIRST_VALUE(url) AS first_url, LAST_VALUE(url) AS last_url
FROM bids
GROUP BY auction;
