SELECT auction, price FROM bids ORDER BY price LIMIT 0;
