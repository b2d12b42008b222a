SELECT auction, price FROM bids ORDER BY price DESC LIMIT 5;
