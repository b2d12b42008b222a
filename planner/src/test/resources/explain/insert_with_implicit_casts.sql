INSERT INTO sink
SELECT auction, price, url FROM bids WHERE price > 10;
