SELECT auction, price * 2 AS doubled
FROM (SELECT * FROM bids WHERE price > 10)
WHERE auction < 100;
