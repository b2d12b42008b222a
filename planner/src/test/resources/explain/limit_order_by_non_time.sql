SELECT auction, price FROM bids ORDER BY price;
