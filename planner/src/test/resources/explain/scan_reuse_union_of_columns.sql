SELECT auction AS id, price FROM bids WHERE price > 10
UNION ALL
SELECT bidder AS id, price FROM bids WHERE url LIKE '%eddy%';
