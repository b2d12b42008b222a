-- FILTER_MERGE must not fire: an aggregate separates WHERE from HAVING.
SELECT auction, COUNT(*) AS c
FROM bids
WHERE price > 10
GROUP BY auction
HAVING COUNT(*) > 3;
